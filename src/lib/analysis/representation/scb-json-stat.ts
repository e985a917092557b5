/**
 * @module Reads JSON-stat 2.0 datasets, as PxWebApi 2 returns them with `outputFormat=json-stat2`.
 * Values are stored row-major over `id` (the last dimension varies fastest), either as a dense list
 * or as a sparse object keyed by position; positions without a value are missing, not zero.
 */
import { ok, type Result } from '../../kernel/result';
import { fail, isRecord, parseCell, type ScbDimension, type ScbError, type ScbRow, type ScbTable } from './scb-table';

function readDimension(code: string, raw: unknown, size: number): Result<ScbDimension, ScbError> {
	if (!isRecord(raw) || !isRecord(raw.category))
		return fail('bad-field', `JSON-stat: dimension "${code}" has no "category".`);
	const { index, label } = raw.category;
	const labels = isRecord(label) ? label : {};
	let codes: (string | undefined)[];
	if (Array.isArray(index)) codes = index.map(String);
	else if (isRecord(index)) {
		codes = new Array<string | undefined>(size).fill(undefined); // filled: some() skips holes
		for (const [c, pos] of Object.entries(index)) {
			if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= size || codes[pos] !== undefined) {
				return fail(
					'bad-field',
					`JSON-stat: dimension "${code}" gives value "${c}" the position ${JSON.stringify(pos)}.`
				);
			}
			codes[pos] = c;
		}
	} else codes = Object.keys(labels); // the standard allows leaving out index for a single category
	const known = codes.filter((c): c is string => c !== undefined);
	if (codes.length !== size || known.length !== size) {
		return fail('size-mismatch', `JSON-stat: dimension "${code}" has ${known.length} values but size says ${size}.`);
	}
	return ok({
		code,
		label: typeof raw.label === 'string' ? raw.label : code,
		values: known.map((c) => ({ code: c, label: typeof labels[c] === 'string' ? labels[c] : c }))
	});
}

function readValues(raw: unknown, total: number): Result<unknown[], ScbError> {
	if (Array.isArray(raw)) {
		if (raw.length !== total)
			return fail('size-mismatch', `JSON-stat: "value" has ${raw.length} entries; the sizes multiply to ${total}.`);
		return ok(raw);
	}
	if (!isRecord(raw)) return fail('missing-field', 'JSON-stat: "value" is missing or neither a list nor an object.');
	const dense = new Array<unknown>(total).fill(null);
	for (const [pos, v] of Object.entries(raw)) {
		const p = Number(pos);
		if (!Number.isInteger(p) || p < 0 || p >= total)
			return fail('bad-field', `JSON-stat: "value" has the position "${pos}", outside 0–${total - 1}.`);
		dense[p] = v;
	}
	return ok(dense);
}

export function parseJsonStat2(json: unknown): Result<ScbTable, ScbError> {
	if (!isRecord(json)) return fail('not-an-object', 'JSON-stat: the response is not a JSON object.');
	if (json.class !== 'dataset') return fail('bad-field', 'JSON-stat: "class" must be "dataset".');
	const { id, size } = json;
	if (!Array.isArray(id) || !id.every((x) => typeof x === 'string'))
		return fail('missing-field', 'JSON-stat: "id" is missing or not a list of strings.');
	if (!Array.isArray(size) || size.length !== id.length || !size.every((n) => Number.isInteger(n) && n >= 0)) {
		return fail('size-mismatch', 'JSON-stat: "size" must list one whole number per entry in "id".');
	}
	if (!isRecord(json.dimension)) return fail('missing-field', 'JSON-stat: "dimension" is missing.');
	const dimensions: ScbDimension[] = [];
	for (const [i, code] of id.entries()) {
		const dim = readDimension(code, json.dimension[code], size[i]);
		if (!dim.ok) return dim;
		dimensions.push(dim.value);
	}
	const total = size.reduce((a: number, b: number) => a * b, 1);
	const values = readValues(json.value, total);
	if (!values.ok) return values;
	const rows: ScbRow[] = [];
	for (let flat = 0; flat < total; flat++) {
		const cell = parseCell(values.value[flat]);
		if (!cell.ok)
			return fail(
				'bad-value',
				`JSON-stat: value ${flat} is ${JSON.stringify(values.value[flat])}, neither a number nor an SCB symbol.`
			);
		// Row-major: peel positions off from the last dimension, which varies fastest.
		const key: Record<string, string> = {};
		let rest = flat;
		for (let d = dimensions.length - 1; d >= 0; d--) {
			key[dimensions[d].code] = dimensions[d].values[rest % size[d]].code;
			rest = Math.floor(rest / size[d]);
		}
		rows.push({ key, value: cell.value });
	}
	return ok({ dimensions, rows });
}
