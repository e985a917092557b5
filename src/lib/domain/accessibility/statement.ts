/**
 * @module The accessibility statement (tillgänglighetsredogörelse) in Digg's structure: how far the service
 * complies, known shortcomings with their plan, how the statement was made and when last reviewed; and the
 * receipt code of a reported problem. Pure.
 */

/** Fully, partly or not compliant with the requirements (EN 301 549 / WCAG 2.1 AA). */
export const COMPLIANCE_LEVELS = ['full', 'partial', 'none'] as const;
export type Compliance = (typeof COMPLIANCE_LEVELS)[number];

/** A known shortcoming, what will be done about it and by when (`fixBy`, a day, or null when not decided). */
export type Shortcoming = { text: string; plan: string; fixBy: string | null };

export type Statement = { compliance: Compliance; shortcomings: Shortcoming[]; howMade: string; reviewedOn: string };

export const MAX_SHORTCOMINGS = 30;

/** Supervisory authority under DOS-lagen and where to report a statement that is not followed. */
export const SUPERVISORY_AUTHORITY = {
	name: 'Myndigheten för digital förvaltning (Digg)',
	url: 'https://www.digg.se/tdosanmalan'
} as const;

/**
 * Medskapa's own audit, shipped as the statement's starting point (shortcomings by message key, with the
 * day they are planned to be fixed by). The texts are in the messages, per language.
 */
export const SHIPPED_SHORTCOMINGS = [
	{ key: 'pdf', fixBy: '2027-06-30' },
	{ key: 'opinionMap', fixBy: '2027-03-31' },
	{ key: 'liveHarvest', fixBy: '2027-03-31' },
	{ key: 'uploads', fixBy: null }
] as const;
export const SHIPPED_REVIEWED_ON = '2026-11-30';

/** Report codes: `TG-` and seven characters without look-alikes (0/O, 1/I/L), from random bytes. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function reportCodeFromBytes(bytes: Uint8Array): string {
	if (bytes.length < 7) throw new Error('reportCodeFromBytes needs 7 bytes');
	const chars = Array.from(bytes.slice(0, 7), (b) => ALPHABET[b % ALPHABET.length]).join('');
	return `TG-${chars.slice(0, 3)}-${chars.slice(3)}`;
}

/** `tg-abc-defg`, with spaces or without dashes → `TG-ABC-DEFG`; null when it cannot be a code. */
export function normaliseReportCode(raw: string): string | null {
	const plain = raw.toUpperCase().replace(/[^0-9A-Z]/g, '');
	if (!/^TG[0-9A-Z]{7}$/.test(plain)) return null;
	return `TG-${plain.slice(2, 5)}-${plain.slice(5)}`;
}

/** A day `YYYY-MM-DD` that exists. */
export function isDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Shortcomings sorted for the page: those with a date first, soonest first; the rest in the order given. */
export function orderShortcomings(list: readonly Shortcoming[]): Shortcoming[] {
	const dated = list.filter((s) => s.fixBy).sort((a, b) => (a.fixBy! < b.fixBy! ? -1 : a.fixBy! > b.fixBy! ? 1 : 0));
	return [...dated, ...list.filter((s) => !s.fixBy)];
}
