/**
 * @module Volunteers (urvalspool): who may be drawn. Personal details (name, email, phone, address) are kept
 * apart from the answers to the panel's questions; the draw only ever sees a pseudonymous code
 * (`V-0001`) and the answers.
 */
import { matchValue, type PanelFeature } from './panel';

export type VolunteerContact = { name: string; email: string; phone: string | null; address: string | null };
export type VolunteerInput = VolunteerContact & { values: Record<string, string> };

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^\+?[\d\s-]{7,20}$/;
export const IMPORT_ROWS_MAX = 5000;

/** Pseudonymous code of the n-th volunteer (1-based) of a panel. */
export const volunteerCode = (n: number) => `V-${String(n).padStart(4, '0')}`;

/** Normalised email, for finding the same person twice. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * The address key of a household: address in lower case, spaces collapsed. Only its hash leaves the
 * personal-data table (the draw checks "one per household" without knowing the address).
 */
export const normaliseAddress = (address: string) => address.trim().replace(/\s+/g, ' ').toLowerCase();

export type ImportRowError =
	| { row: number; code: 'missingColumn'; column: string }
	| { row: number; code: 'name' }
	| { row: number; code: 'email'; value: string }
	| { row: number; code: 'phone'; value: string }
	| { row: number; code: 'duplicate'; value: string }
	| { row: number; code: 'value'; column: string; value: string; allowed: string }
	| { row: number; code: 'empty' }
	| { row: number; code: 'tooMany'; max: number };

const COLUMN_NAMES = {
	name: ['namn', 'name', 'för- och efternamn', 'fullständigt namn'],
	email: ['e-post', 'epost', 'e-postadress', 'email', 'e-mail', 'mejl'],
	phone: ['telefon', 'mobil', 'telefonnummer', 'mobilnummer', 'phone'],
	address: ['adress', 'address', 'gatuadress', 'bostadsadress']
} as const;

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Validates every row of a volunteer file (first row = column names). Either every row is fine and all are
 * returned, or nothing is: the errors name the row (as numbered in the spreadsheet) and what to fix.
 */
export function readVolunteerRows(
	rows: string[][],
	features: PanelFeature[],
	existingEmails: ReadonlySet<string>
): { ok: true; volunteers: VolunteerInput[] } | { ok: false; errors: ImportRowError[] } {
	if (rows.length < 2) return { ok: false, errors: [{ row: 1, code: 'empty' }] };
	if (rows.length - 1 > IMPORT_ROWS_MAX)
		return { ok: false, errors: [{ row: 1, code: 'tooMany', max: IMPORT_ROWS_MAX }] };
	const header = rows[0].map(norm);
	const find = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
	const col = {
		name: find(COLUMN_NAMES.name),
		email: find(COLUMN_NAMES.email),
		phone: find(COLUMN_NAMES.phone),
		address: find(COLUMN_NAMES.address)
	};
	const featureCols = features.map((f) => header.findIndex((h) => h === f.key || h === norm(f.label)));
	const errors: ImportRowError[] = [];
	if (col.name < 0) errors.push({ row: 1, code: 'missingColumn', column: 'namn' });
	if (col.email < 0) errors.push({ row: 1, code: 'missingColumn', column: 'e-post' });
	features.forEach((f, i) => {
		if (featureCols[i] < 0) errors.push({ row: 1, code: 'missingColumn', column: f.label });
	});
	if (errors.length > 0) return { ok: false, errors };

	const seen = new Set(existingEmails);
	const volunteers: VolunteerInput[] = [];
	rows.slice(1).forEach((cells, i) => {
		const row = i + 2;
		const cell = (c: number) => (c >= 0 ? (cells[c] ?? '').trim() : '');
		const name = cell(col.name).replace(/\s+/g, ' ');
		const email = cell(col.email);
		const phone = cell(col.phone);
		const address = cell(col.address);
		const before = errors.length;
		if (!name || name.length > 200) errors.push({ row, code: 'name' });
		if (!EMAIL_PATTERN.test(email) || email.length > 320) errors.push({ row, code: 'email', value: email });
		else if (seen.has(normaliseEmail(email))) errors.push({ row, code: 'duplicate', value: email });
		if (phone && !PHONE_PATTERN.test(phone)) errors.push({ row, code: 'phone', value: phone });
		const values: Record<string, string> = {};
		features.forEach((f, fi) => {
			const raw = cell(featureCols[fi]);
			const value = matchValue(f, raw);
			if (!value)
				errors.push({
					row,
					code: 'value',
					column: f.label,
					value: raw,
					allowed: f.values.map((v) => v.label).join(', ')
				});
			else values[f.key] = value.key;
		});
		if (EMAIL_PATTERN.test(email)) seen.add(normaliseEmail(email));
		if (errors.length === before)
			volunteers.push({ name, email: email.trim(), phone: phone || null, address: address || null, values });
	});
	return errors.length > 0 ? { ok: false, errors } : { ok: true, volunteers };
}

/**
 * CSV with comma or semicolon (Swedish Excel saves with semicolons), quoted fields, doubled quotes, CRLF
 * and a leading byte order mark. Blank lines are dropped.
 */
export function parseDelimited(text: string): string[][] {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const firstLine = text.slice(start, text.search(/\r?\n/) < 0 ? undefined : text.search(/\r?\n/));
	const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let inQuotes = false;
	const pushRow = () => {
		row.push(field);
		if (row.some((f) => f.trim() !== '')) rows.push(row);
		row = [];
		field = '';
	};
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (inQuotes) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') inQuotes = false;
			else field += c;
		} else if (c === '"') inQuotes = true;
		else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			pushRow();
		} else field += c;
	}
	if (field !== '' || row.length > 0) pushRow();
	return rows;
}
