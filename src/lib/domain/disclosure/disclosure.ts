/**
 * @module Public-records requests (begäran om utlämnande av allmän handling): what a request is, the common OSL
 * grounds an organisation's list starts with, how long a request has waited, the order of the register, and
 * which decision fits the masking. Pure: no clock (the caller passes `now`), no I/O.
 */
import { swedishDay } from '../routing/routing';

/** How the request came in. */
export const REQUEST_CHANNELS = ['email', 'letter', 'phone', 'visit', 'web'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** The kinds of records a request can ask for. Uploads: Medskapa keeps no uploaded files as records (see GLOSSARY). */
export const RECORD_TYPES = ['perspectives', 'interviews', 'harvestNotes', 'uploads', 'messages', 'decisions'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** full: lämnas ut i sin helhet; partial: delvis avslag (some masked); refusal: avslag. */
export const DISCLOSURE_OUTCOMES = ['full', 'partial', 'refusal'] as const;
export type DisclosureOutcome = (typeof DISCLOSURE_OUTCOMES)[number];

export const REQUEST_STATUSES = ['open', 'decided'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const SUBJECT_MAX = 4000;
export const REASON_MAX = 4000;
export const GROUND_CODE_MAX = 80;
export const GROUND_LABEL_MAX = 500;
export const PASSAGE_MAX = 500;

/** A secrecy ground of the organisation's list: the provision cited and what it protects. */
export type Ground = { id: string; code: string; label: string };

/**
 * The common OSL grounds for what residents write to a municipality, which every organisation's list starts
 * with (the admin may reword, add or remove). `key` names a default, so it is added once.
 */
export const DEFAULT_GROUNDS: { key: string; code: string; label: string }[] = [
	{
		key: 'osl-21-7',
		code: 'OSL 21 kap. 7 §',
		label:
			'Personuppgifter, om det kan antas att ett utlämnande skulle medföra att uppgiften behandlas i strid med dataskyddsförordningen eller dataskyddslagen.'
	},
	{
		key: 'osl-21-1',
		code: 'OSL 21 kap. 1 §',
		label:
			'Uppgifter om en enskilds hälsa eller sexualliv, om det måste antas att den enskilde eller någon närstående lider betydande men om uppgiften röjs.'
	},
	{
		key: 'osl-21-3',
		code: 'OSL 21 kap. 3 §',
		label:
			'Bostadsadress, telefonnummer, e-postadress och liknande kontaktuppgifter, om det av särskild anledning kan antas att den enskilde eller någon närstående kan förföljas eller utsättas för annat allvarligt men (skyddade personuppgifter).'
	},
	{
		key: 'osl-26-1',
		code: 'OSL 26 kap. 1 §',
		label:
			'Uppgifter inom socialtjänsten om enskildas personliga förhållanden, om det inte står klart att uppgiften kan röjas utan att den enskilde eller någon närstående lider men.'
	},
	{
		key: 'osl-18-1',
		code: 'OSL 18 kap. 1 §',
		label:
			'Uppgifter som hänför sig till förundersökning i brottmål eller till verksamhet för att förebygga, uppdaga, utreda eller beivra brott hos de myndigheter som bedriver den (till exempel polisen).'
	},
	{
		key: 'osl-39-3',
		code: 'OSL 39 kap. 3 §',
		label:
			'Uppgifter om enskildas personliga förhållanden i personalsocial verksamhet (särskilt personalstöd, omplacering, pensionering).'
	}
];

const DAY = 86_400_000;

/** Whole calendar days (in Sweden) from receipt to `now`: 0 the same day. */
export function daysSince(receivedAt: Date, now: Date): number {
	const from = Date.parse(`${swedishDay(receivedAt)}T00:00:00Z`);
	const to = Date.parse(`${swedishDay(now)}T00:00:00Z`);
	return Math.max(0, Math.round((to - from) / DAY));
}

/** The register's order: open requests first, the oldest first (it has waited longest); then decided, newest first. */
export function registerOrder<T extends { status: RequestStatus; receivedAt: Date; decidedAt: Date | null }>(
	requests: T[]
): T[] {
	return [...requests].sort((a, b) => {
		if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
		if (a.status === 'open') return a.receivedAt.getTime() - b.receivedAt.getTime();
		return (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0);
	});
}

export type DecisionProblem = 'outcome.fullMasked' | 'outcome.partialNothingMasked' | 'reason.required';

/**
 * Whether a decision fits the masking: full disclosure masks nothing; a partial refusal masks something;
 * partial refusal and refusal give their reason in writing (they can be appealed).
 */
export function checkDecision(input: {
	outcome: DisclosureOutcome;
	maskedCount: number;
	reason: string;
}): DecisionProblem[] {
	const problems: DecisionProblem[] = [];
	if (input.outcome === 'full' && input.maskedCount > 0) problems.push('outcome.fullMasked');
	if (input.outcome === 'partial' && input.maskedCount === 0) problems.push('outcome.partialNothingMasked');
	if (input.outcome !== 'full' && input.reason.trim() === '') problems.push('reason.required');
	return problems;
}

/** The outcome to suggest from the masking: partial when something is masked, else full. */
export const suggestedOutcome = (maskedCount: number): DisclosureOutcome => (maskedCount > 0 ? 'partial' : 'full');

/** Whether a record created at `at` falls in the request: received by then, and inside the period (days, inclusive). */
export function inScope(
	at: Date,
	scope: { receivedAt: Date; periodFrom: string | null; periodTo: string | null }
): boolean {
	if (at.getTime() > scope.receivedAt.getTime()) return false;
	const day = swedishDay(at);
	if (scope.periodFrom && day < scope.periodFrom) return false;
	if (scope.periodTo && day > scope.periodTo) return false;
	return true;
}

/** A `datetime-local` value ("2026-11-23T10:15") read as Swedish time; null when it is not one. */
export function swedishLocalTime(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
	if (!m) return null;
	const [y, mo, d, h, mi] = m.slice(1).map(Number);
	const asUtc = Date.UTC(y, mo - 1, d, h, mi);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
	// Sweden is one or two hours ahead of UTC: the offset at that moment, read back through the time zone.
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Stockholm',
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(check);
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return new Date(asUtc - (shown - asUtc));
}

/** A moment as a `datetime-local` value in Swedish time, for a form's default. */
export function toSwedishLocal(at: Date): string {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Stockholm',
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(at);
	const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
