/**
 * @module Registration numbers (diarienummer): the organisation's format, e.g. `KS {year}/{n}` → `KS 2026/123`.
 * A process is a case with its number; its key records are numbered within the case (`KS 2026/123-1`). Pure.
 */

/** What is registered: the process itself (the case) and its key records. */
export const RECORD_KINDS = ['case', 'plan', 'report', 'decision', 'declaration'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The format a new organisation starts with. */
export const DEFAULT_REGISTRATION_FORMAT = 'Dnr {year}/{n}';

export const MAX_FORMAT_LENGTH = 40;

/** A message key when the format cannot make unique numbers, else null. */
export function checkFormat(format: string): string | null {
	const f = format.trim();
	if (f.length === 0 || f.length > MAX_FORMAT_LENGTH) return 'error.registration.formatLength';
	if (f.split('{n}').length !== 2) return 'error.registration.formatNumber';
	// Only {year} and {n} are placeholders; any other brace is a typing mistake.
	if (/[{}]/.test(f.replaceAll('{year}', '').replaceAll('{n}', ''))) return 'error.registration.formatPlaceholder';
	return null;
}

export function formatNumber(format: string, year: number, n: number): string {
	return format.trim().replaceAll('{year}', String(year)).replace('{n}', String(n));
}

/** A record's number within its case: the case number and its place in the case, `KS 2026/123-2`. */
export function recordNumber(caseNumber: string, sequence: number): string {
	return `${caseNumber}-${sequence}`;
}

export type Counter = { nextNumber: number; counterYear: number };

/**
 * The number to give now and the counter after it. A format with `{year}` starts again at 1 in a new year
 * (as registers do); one without it counts on.
 */
export function takeNumber(format: string, counter: Counter, year: number): { n: number; counter: Counter } {
	const restart = format.includes('{year}') && year > counter.counterYear;
	const n = restart ? 1 : counter.nextNumber;
	return { n, counter: { nextNumber: n + 1, counterYear: Math.max(year, counter.counterYear) } };
}

/** The next place in a case: one more than the highest record number taken (the case itself is not counted). */
export function nextSequence(caseNumber: string, taken: readonly string[]): number {
	const prefix = `${caseNumber}-`;
	const used = taken
		.filter((t) => t.startsWith(prefix))
		.map((t) => Number(t.slice(prefix.length)))
		.filter((n) => Number.isInteger(n) && n > 0);
	return used.length === 0 ? 1 : Math.max(...used) + 1;
}

/** A key record of a process, as registration sees it. */
export type KeyRecord = { kind: RecordKind; recordId: string; decision?: { body: string; decidedOn: string } };

/**
 * What registering a process now adds, in register order: the case (the process itself) first, then its plan,
 * published report, each decision's memo declaration and each published decision — those not yet registered.
 */
export function recordsToRegister(
	processId: string,
	has: {
		plan: boolean;
		report: boolean;
		decisions: readonly { id: string; body: string; decidedOn: string; status: 'draft' | 'published' }[];
	},
	registered: readonly { kind: RecordKind; recordId: string }[]
): KeyRecord[] {
	const all: KeyRecord[] = [{ kind: 'case', recordId: processId }];
	if (has.plan) all.push({ kind: 'plan', recordId: processId });
	if (has.report) all.push({ kind: 'report', recordId: processId });
	for (const d of has.decisions)
		all.push({ kind: 'declaration', recordId: d.id, decision: { body: d.body, decidedOn: d.decidedOn } });
	for (const d of has.decisions)
		if (d.status === 'published')
			all.push({ kind: 'decision', recordId: d.id, decision: { body: d.body, decidedOn: d.decidedOn } });
	const done = new Set(registered.map((r) => `${r.kind}:${r.recordId}`));
	return all.filter((r) => !done.has(`${r.kind}:${r.recordId}`));
}
