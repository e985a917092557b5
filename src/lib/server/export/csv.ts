/**
 * @module Tables for staff exports and the archive package, and their CSV form: UTF-8 with a byte order
 * mark (so Excel opens Swedish letters right), RFC 4180 quoting and CRLF line ends. Cells that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe, so a
 * perspective like `=HYPERLINK(...)` stays text when a colleague opens the file (CSV/formula injection).
 */

export type Cell = string | number | boolean | null | Date;
/** A named table: the column headings people read, and rows of cells in the same order. */
export type Table = { name: string; columns: string[]; rows: Cell[][] };

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell as it is written to CSV or XLSX, with the formula guard applied. */
export function guardCell(value: Cell): string | number | boolean | null {
	if (value === null) return null;
	if (value instanceof Date) return value.toISOString();
	if (typeof value !== 'string') return value;
	return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: Cell): string {
	const guarded = guardCell(value);
	if (guarded === null) return '';
	const text = String(guarded);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text, starting with the byte order mark. */
export function toCsv(table: Pick<Table, 'columns' | 'rows'>): string {
	const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
