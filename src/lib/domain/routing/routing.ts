/**
 * @module Routing (vidarebefordran): staff pass a perspective, or a theme's perspectives, to a receiver
 * (mottagare) — a department or an outside body in the organisation's register — who answers through a
 * private link or passes it on. Pure rules: the kinds of receivers, the statuses, when an answer is due in
 * working days (Monday–Friday, without Swedish public holidays) and whether it is overdue.
 */

export const RECEIVER_KINDS = [
	'department',
	'police',
	'safety_council',
	'housing_company',
	'region',
	'association',
	'other'
] as const;
export type ReceiverKind = (typeof RECEIVER_KINDS)[number];

/** routed: waits for an answer; answered; forwarded: passed on (a new routing carries on); closed by staff with a reason. */
export const ROUTING_STATUSES = ['routed', 'answered', 'forwarded', 'closed'] as const;
export type RoutingStatus = (typeof ROUTING_STATUSES)[number];

/** How long an answer link works. */
export const ROUTING_LINK_DAYS = 60;

export const RECEIVER_NAME_MAX = 200;
export const ROUTING_NOTE_MAX = 2000;
export const ROUTING_ANSWER_MAX = 5000;
export const ROUTING_REASON_MAX = 1000;

/** A date as `YYYY-MM-DD` (a calendar day in Sweden). */
export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return iso(utc(year, month, day));
}

/**
 * The weekdays of a year on which Swedish public offices are closed: the public holidays that can fall on a
 * weekday (New Year, Epiphany, Good Friday, Easter Monday, 1 May, Ascension, National Day, Christmas, Boxing
 * Day) and the eves treated as holidays (Midsummer Eve, Christmas Eve, New Year's Eve).
 */
export function swedishHolidays(year: number): Set<IsoDate> {
	const easter = new Date(`${easterSunday(year)}T00:00:00Z`);
	// Midsummer Eve: the Friday between 19 and 25 June.
	const june19 = utc(year, 6, 19);
	const midsummerEve = plusDays(june19, (5 - june19.getUTCDay() + 7) % 7);
	return new Set([
		`${year}-01-01`,
		`${year}-01-06`,
		iso(plusDays(easter, -2)),
		iso(plusDays(easter, 1)),
		`${year}-05-01`,
		iso(plusDays(easter, 39)),
		`${year}-06-06`,
		iso(midsummerEve),
		`${year}-12-24`,
		`${year}-12-25`,
		`${year}-12-26`,
		`${year}-12-31`
	]);
}

/** True for Monday–Friday that is not a Swedish public holiday. */
export function isWorkingDay(day: IsoDate): boolean {
	const d = new Date(`${day}T00:00:00Z`);
	const weekday = d.getUTCDay();
	if (weekday === 0 || weekday === 6) return false;
	return !swedishHolidays(d.getUTCFullYear()).has(day);
}

/** The day `workingDays` working days after `from` (the day of routing itself does not count). */
export function addWorkingDays(from: IsoDate, workingDays: number): IsoDate {
	let d = new Date(`${from}T00:00:00Z`);
	let left = Math.max(0, Math.floor(workingDays));
	while (left > 0) {
		d = plusDays(d, 1);
		if (isWorkingDay(iso(d))) left--;
	}
	return iso(d);
}

/** The calendar day in Sweden of an instant. */
export function swedishDay(at: Date): IsoDate {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Stockholm',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(at);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A routing still waiting for its answer is overdue once its due day has passed. */
export function isOverdue(routing: { status: RoutingStatus; dueOn: IsoDate }, today: IsoDate): boolean {
	return routing.status === 'routed' && today > routing.dueOn;
}

/** An answer link works while its routing waits for an answer and it has not expired. */
export function linkIsUsable(routing: { status: RoutingStatus; linkExpiresAt: Date }, now: Date): boolean {
	return routing.status === 'routed' && now.getTime() < routing.linkExpiresAt.getTime();
}
