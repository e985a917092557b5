/**
 * @module Pool files: one row per volunteer, one column per feature (matched by name, any case),
 * an optional id column and optional address (household) columns.
 */
import { normaliseKey, parseCsv } from './csv';
import { fail, ok, type Result } from './result';
import type { Feature, Person, Pool } from './types';

export interface PoolOptions {
	/** Column holding a unique id. Detected when omitted; row numbers (0-based) when none fits. */
	idColumn?: string;
	/** Columns that together form the address; people with the same address share a household. */
	householdColumns?: string[];
}

export function parsePoolCsv(text: string, features: Feature[], options: PoolOptions = {}): Result<Pool> {
	const rows = parseCsv(text);
	if (rows.length < 1) return fail('The pool file is empty.');
	const header = rows[0].map((h) => h.trim());
	const keys = header.map(normaliseKey);
	const body = rows.slice(1);
	const missing = features.filter((f) => !keys.includes(f.key)).map((f) => f.name);
	if (missing.length > 0)
		return fail(`The pool file has no column for: ${missing.join(', ')} (columns: ${header.join(', ')}).`);
	const featureCols = features.map((f) => keys.indexOf(f.key));
	const householdCols: number[] = [];
	for (const name of options.householdColumns ?? []) {
		const col = keys.indexOf(normaliseKey(name));
		if (col < 0) return fail(`The household column "${name}" is not in the pool file (columns: ${header.join(', ')}).`);
		householdCols.push(col);
	}
	const idResult = resolveIdColumn(header, body, featureCols, options.idColumn);
	if (!idResult.ok) return idResult;
	const idCol = idResult.value;
	const people: Person[] = body.map((row, r) => {
		const address = householdCols.map((c) => normaliseKey(row[c] ?? '')).join('|');
		const hasAddress = householdCols.length > 0 && householdCols.some((c) => normaliseKey(row[c] ?? '') !== '');
		return {
			id: idCol >= 0 ? (row[idCol] ?? '').trim() : String(r),
			values: featureCols.map((c) => (row[c] ?? '').trim()),
			household: hasAddress ? address : undefined
		};
	});
	return ok({ people, idColumn: idCol >= 0 ? header[idCol] : undefined });
}

/** An id column must hold unique, non-empty values and must not be a quota feature. */
function isUniqueColumn(body: string[][], col: number): boolean {
	const seen = new Set<string>();
	for (const row of body) {
		const v = (row[col] ?? '').trim();
		if (v === '' || seen.has(v)) return false;
		seen.add(v);
	}
	return true;
}

function resolveIdColumn(
	header: string[],
	body: string[][],
	featureCols: number[],
	requested?: string
): Result<number> {
	if (requested !== undefined) {
		const col = header.findIndex((h) => normaliseKey(h) === normaliseKey(requested));
		if (col < 0) return fail(`The id column "${requested}" is not in the pool file (columns: ${header.join(', ')}).`);
		if (!isUniqueColumn(body, col)) return fail(`The id column "${requested}" has empty or repeated values.`);
		return ok(col);
	}
	const candidates = header.map((_, c) => c).filter((c) => !featureCols.includes(c));
	// Prefer a column named like an id (id, unique_id, nationbuilder_id); else the first column.
	const named = candidates.filter(
		(c) => /(^|[_\s-])id$/i.test(header[c].trim()) || /^id([_\s-]|$)/i.test(header[c].trim())
	);
	for (const c of named) if (isUniqueColumn(body, c)) return ok(c);
	if (candidates.includes(0) && isUniqueColumn(body, 0)) return ok(0);
	return ok(-1);
}
