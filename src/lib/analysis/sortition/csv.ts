/**
 * @module Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF, a leading BOM.
 * Written here (not a dependency) because the engine must stay pure and the format is small.
 */

/** Parse CSV text into rows of fields. Blank lines are dropped. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let inQuotes = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const pushRow = () => {
		row.push(field);
		if (row.length > 1 || row[0].trim() !== '') rows.push(row);
		row = [];
		field = '';
	};
	for (; i < text.length; i++) {
		const c = text[i];
		if (inQuotes) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else field += c;
		} else if (c === '"') inQuotes = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n') pushRow();
		else if (c === '\r') {
			if (text[i + 1] === '\n') i++;
			pushRow();
		} else field += c;
	}
	if (field !== '' || row.length > 0) pushRow();
	return rows;
}

/** Case- and space-insensitive key used to match feature names and values. */
export function normaliseKey(s: string): string {
	return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
