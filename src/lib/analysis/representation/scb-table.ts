/**
 * @module The neutral table both SCB shapes are read into, and the pieces the two parsers share.
 * Codes and labels always come from the response itself: SCB changes codes between tables and
 * years, so nothing here knows a region, age or contents code by heart.
 */
import { err, type Err } from '../../kernel/result';

export type ScbValue = { code: string; label: string };
export type ScbDimension = { code: string; label: string; values: ScbValue[] };
export type ScbRow = { key: Record<string, string>; value: number | null };
export type ScbTable = { dimensions: ScbDimension[]; rows: ScbRow[] };

export type ScbErrorCode =
	| 'not-an-object'
	| 'missing-field'
	| 'bad-field'
	| 'size-mismatch'
	| 'bad-value'
	| 'unknown-dimension'
	| 'unknown-value'
	| 'bad-band'
	| 'overlapping-age-codes';
export type ScbError = { code: ScbErrorCode; message: string };

export const fail = (code: ScbErrorCode, message: string): Err<ScbError> => err({ code, message });

export const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * SCB marks missing figures with symbols instead of numbers: ".." (not available), "." (cannot occur),
 * "..." and "…" (not yet available), "-" (used for "nil" in some tables, unknown in others). A missing
 * figure is not a zero, so all of them become null and the caller is told; nothing is guessed.
 */
const MISSING_MARKERS = new Set(['', '..', '.', '...', '…', '-']);
const NUMBER = /^-?\d+(\.\d+)?$/;

export type Cell = { ok: true; value: number | null } | { ok: false };

export function parseCell(raw: unknown): Cell {
	if (raw === null || raw === undefined) return { ok: true, value: null };
	if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false };
	if (typeof raw !== 'string') return { ok: false };
	const s = raw.trim();
	if (MISSING_MARKERS.has(s)) return { ok: true, value: null };
	return NUMBER.test(s) ? { ok: true, value: Number(s) } : { ok: false };
}

/** A row matches when, for every filtered dimension, its value is one of the allowed codes. */
export type ScbFilters = Record<string, string | string[]>;

export function checkFilters(table: ScbTable, filters: ScbFilters): Err<ScbError> | null {
	for (const [dim, allowed] of Object.entries(filters)) {
		const d = table.dimensions.find((x) => x.code === dim);
		if (!d) return fail('unknown-dimension', `Filter names dimension "${dim}", which the table does not have.`);
		for (const code of [allowed].flat()) {
			if (!d.values.some((v) => v.code === code)) {
				return fail('unknown-value', `Filter value "${code}" is not a value of dimension "${dim}".`);
			}
		}
	}
	return null;
}

export const rowMatches = (row: ScbRow, filters: ScbFilters): boolean =>
	Object.entries(filters).every(([dim, allowed]) => [allowed].flat().includes(row.key[dim]));
