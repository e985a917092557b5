/**
 * @module Reads SCB PxWeb API v1 "json" responses: `columns` (d = dimension, t = time, c = contents)
 * and `data[{ key, values }]`. That format carries only value codes, so value labels come from the
 * table's metadata response (GET on the table URL: `variables[{ code, text, values, valueTexts }]`)
 * when it is given, and are the code itself otherwise.
 */
import { ok, type Result } from '../../kernel/result';
import { fail, isRecord, parseCell, type ScbDimension, type ScbError, type ScbRow, type ScbTable } from './scb-table';

/**
 * The v1 format puts contents (e.g. "Folkmängd") in columns of their own rather than in a dimension.
 * They become one dimension with this code, like `ContentsCode` in PxWeb API v2, so both shapes
 * give the same table.
 */
export const V1_CONTENTS_DIMENSION = 'ContentsCode';

type Column = { code: string; text: string; type: string };

function readColumns(json: Record<string, unknown>): Result<Column[], ScbError> {
	if (!Array.isArray(json.columns)) return fail('missing-field', 'PxWeb v1: "columns" is missing or not a list.');
	const columns: Column[] = [];
	for (const [i, c] of json.columns.entries()) {
		if (!isRecord(c) || typeof c.code !== 'string' || typeof c.type !== 'string') {
			return fail('bad-field', `PxWeb v1: column ${i} needs a string "code" and "type".`);
		}
		columns.push({ code: c.code, text: typeof c.text === 'string' ? c.text : c.code, type: c.type });
	}
	if (!columns.some((c) => c.type === 'c')) return fail('bad-field', 'PxWeb v1: no contents column (type "c").');
	return ok(columns);
}

/** Value labels per dimension code from a v1 metadata response; unreadable parts are skipped, not fatal. */
function readValueTexts(metadata: unknown): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	if (!isRecord(metadata) || !Array.isArray(metadata.variables)) return out;
	for (const v of metadata.variables) {
		if (!isRecord(v) || typeof v.code !== 'string' || !Array.isArray(v.values) || !Array.isArray(v.valueTexts))
			continue;
		const texts = v.valueTexts;
		out.set(v.code, new Map(v.values.map((code, i) => [String(code), String(texts[i] ?? code)])));
	}
	return out;
}

export function parsePxWebV1(json: unknown, metadata?: unknown): Result<ScbTable, ScbError> {
	if (!isRecord(json)) return fail('not-an-object', 'PxWeb v1: the response is not a JSON object.');
	const cols = readColumns(json);
	if (!cols.ok) return cols;
	if (!Array.isArray(json.data)) return fail('missing-field', 'PxWeb v1: "data" is missing or not a list.');
	const keyCols = cols.value.filter((c) => c.type !== 'c');
	const contentCols = cols.value.filter((c) => c.type === 'c');
	const texts = readValueTexts(metadata);
	const seen = keyCols.map(() => new Set<string>());
	const rows: ScbRow[] = [];
	for (const [i, d] of json.data.entries()) {
		if (!isRecord(d) || !Array.isArray(d.key) || !Array.isArray(d.values)) {
			return fail('bad-field', `PxWeb v1: data row ${i} needs "key" and "values" lists.`);
		}
		if (d.key.length !== keyCols.length || d.values.length !== contentCols.length) {
			return fail(
				'size-mismatch',
				`PxWeb v1: data row ${i} has ${d.key.length} keys and ${d.values.length} values; the columns call for ${keyCols.length} and ${contentCols.length}.`
			);
		}
		const key: Record<string, string> = {};
		for (const [k, col] of keyCols.entries()) {
			if (typeof d.key[k] !== 'string')
				return fail('bad-field', `PxWeb v1: data row ${i} has a key that is not a string.`);
			key[col.code] = d.key[k];
			seen[k].add(d.key[k]);
		}
		for (const [c, col] of contentCols.entries()) {
			const cell = parseCell(d.values[c]);
			if (!cell.ok)
				return fail(
					'bad-value',
					`PxWeb v1: data row ${i} has the value ${JSON.stringify(d.values[c])}, which is neither a number nor an SCB symbol.`
				);
			rows.push({ key: { ...key, [V1_CONTENTS_DIMENSION]: col.code }, value: cell.value });
		}
	}
	// Values are listed in metadata order when metadata is given, else in order of first appearance.
	const dimensions: ScbDimension[] = keyCols.map((col, k) => {
		const labels = texts.get(col.code);
		const order = labels ? [...labels.keys()].filter((code) => seen[k].has(code)) : [];
		const rest = [...seen[k]].filter((code) => !order.includes(code));
		return {
			code: col.code,
			label: col.text,
			values: [...order, ...rest].map((code) => ({ code, label: labels?.get(code) ?? code }))
		};
	});
	dimensions.push({
		code: V1_CONTENTS_DIMENSION,
		label: V1_CONTENTS_DIMENSION,
		values: contentCols.map((c) => ({ code: c.code, label: c.text }))
	});
	return ok({ dimensions, rows });
}
