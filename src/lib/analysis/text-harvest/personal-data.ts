/**
 * @module personal-data
 * Finds personal data in a perspective before it is published (UX rule: names, contact details,
 * personal identity numbers, phone numbers and e-mail addresses are removed from the shown text).
 * Deliberately conservative on names and strict on numbers: a date, an amount or a postcode must
 * never be taken for a phone number, and a personnummer must pass the Luhn check.
 *
 * @example redactPersonalData('Ring mig på 070-123 45 67') // 'Ring mig på [borttaget]'
 */

export type PersonalDataKind = 'email' | 'phone' | 'personnummer' | 'name';

export interface PersonalDataMatch {
	kind: PersonalDataKind;
	start: number;
	end: number;
}

export const REDACTION = '[borttaget]';

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
/** 10 or 12 digits with an optional - or + before the last four (+ marks age 100 and over). */
const PERSONNUMMER = /(?<![\d-])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d-])/g;
/** +46/0046, or a leading 0, followed by digits separated by at most single spaces or hyphens. */
const PHONE = /(?<!\d|\+|\d[-/.,:])(?:(?:\+|00)46[\s-]?(?:\(0\)[\s-]?)?[1-9]|0[1-9])(?:[\s-]?\d){5,9}(?!\d|[-/.,:]\d)/g;

/** Luhn checksum over the ten digits YYMMDDNNNC, as used for personnummer and samordningsnummer. */
export function isLuhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}

function isPersonnummer(raw: string): boolean {
	const digits = raw.replace(/[-+]/g, '');
	const ten = digits.length === 12 ? digits.slice(2) : digits;
	if (digits.length === 12 && !/^(18|19|20)/.test(digits)) return false;
	const month = Number(ten.slice(2, 4));
	const day = Number(ten.slice(4, 6));
	// Samordningsnummer add 60 to the day.
	const validDay = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
	return month >= 1 && month <= 12 && validDay && isLuhnValid(ten);
}

function isPhone(raw: string): boolean {
	const digits = raw.replace(/\D/g, '');
	const national = raw.startsWith('+') ? digits.slice(2) : raw.startsWith('00') ? digits.slice(4) : digits.slice(1);
	// Swedish numbers have 7–9 digits after the leading 0 (area code + subscriber number).
	if (national.length < 7 || national.length > 9) return false;
	if ((raw.match(/-/g) ?? []).length > 1) return false; // 01-02-2023 is a date
	if (/^\d{4}-\d{4}$/.test(raw)) return false; // 0800-1700 is opening hours
	return true;
}

const NAME_CUES =
	/\b(?:jag heter|heter jag|mitt namn är|namnet är|min granne|grannen|min man|min fru|min sambo|min dotter|min son|kontakta|kontaktperson|ring|ringa|fråga|mejla|maila|hälsningar|hälsning|mvh)\s+/giu;
const CAPITALISED_NAME = /^\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?/u;
/** Capitalised words that follow a cue but are not people ("ring Polisen", "fråga Kommunen"). */
const NOT_NAMES = new Set([
	'polisen',
	'kommunen',
	'skolan',
	'socialtjänsten',
	'arbetsförmedlingen',
	'oss',
	'mig',
	'någon',
	'alla',
	'sverige',
	'migrationsverket',
	'vårdcentralen',
	'biblioteket',
	'föreningen'
]);

function findNames(text: string): PersonalDataMatch[] {
	const out: PersonalDataMatch[] = [];
	for (const cue of text.matchAll(NAME_CUES)) {
		const start = cue.index + cue[0].length;
		const name = CAPITALISED_NAME.exec(text.slice(start));
		if (!name) continue;
		const first = name[0].split(/\s+/)[0];
		if (NOT_NAMES.has(first.toLowerCase())) continue;
		// A second capitalised word is part of the name only if it is not a new sentence's start.
		const value = name[0].includes('\n') ? first : name[0];
		out.push({ kind: 'name', start, end: start + value.length });
	}
	return out;
}

function collect(
	text: string,
	re: RegExp,
	kind: PersonalDataKind,
	accept: (s: string) => boolean
): PersonalDataMatch[] {
	const out: PersonalDataMatch[] = [];
	for (const m of text.matchAll(re)) {
		const raw = m[0].trimEnd();
		if (accept(raw)) out.push({ kind, start: m.index, end: m.index + raw.length });
	}
	return out;
}

/** All personal data found, sorted by position, overlaps resolved in favour of the earlier, longer match. */
export function findPersonalData(text: string): PersonalDataMatch[] {
	const all = [
		...collect(text, EMAIL, 'email', () => true),
		...collect(text, PERSONNUMMER, 'personnummer', isPersonnummer),
		...collect(text, PHONE, 'phone', isPhone),
		...findNames(text)
	].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: PersonalDataMatch[] = [];
	for (const m of all) {
		const last = out[out.length - 1];
		if (last && m.start < last.end) continue;
		out.push(m);
	}
	return out;
}

/** The text with every match replaced by "[borttaget]". */
export function redactPersonalData(text: string): string {
	let out = '';
	let pos = 0;
	for (const m of findPersonalData(text)) {
		out += text.slice(pos, m.start) + REDACTION;
		pos = m.end;
	}
	return out + text.slice(pos);
}
