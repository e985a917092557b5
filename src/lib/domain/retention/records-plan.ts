/**
 * @module The records plan (dokumenthanteringsplan): for each record type Medskapa holds, keep it (bevaras) or
 * dispose of it (gallras) a number of months after it was made, or after an event in its process (the process
 * ended, a decision was published). Pure: what is due is computed from the plan, the record's own date, its
 * process's events and a cut-off time given by the caller.
 */

/** The record types of the plan, in the order the plan lists them. */
export const RECORD_TYPES = [
	'perspectiveText',
	'interviewNotes',
	'contactDetails',
	'selfDescriptions',
	'uploads',
	'panelVolunteers',
	'statementVotes',
	'messages'
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Events in a process a disposal can wait for. */
export const DISPOSAL_EVENTS = ['processEnded', 'decisionPublished'] as const;
export type DisposalEvent = (typeof DISPOSAL_EVENTS)[number];

export const RULE_KINDS = ['keep', 'age', 'event'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * `keep`: bevaras, never disposed. `age`: disposed `months` after the record was made. `event`: disposed
 * `months` (and, for the default contact rule, `days`) after the event in the record's process.
 */
export type DisposalRule =
	| { kind: 'keep' }
	| { kind: 'age'; months: number }
	| { kind: 'event'; event: DisposalEvent; months: number; days?: number };

export type RecordsPlan = Record<RecordType, DisposalRule>;

/** Messages (the outbox) belong to the organisation, not to a process: only keep or an age rule fits them. */
export const RULE_KINDS_FOR: Record<RecordType, readonly RuleKind[]> = {
	perspectiveText: RULE_KINDS,
	interviewNotes: RULE_KINDS,
	contactDetails: RULE_KINDS,
	selfDescriptions: RULE_KINDS,
	uploads: RULE_KINDS,
	panelVolunteers: RULE_KINDS,
	statementVotes: RULE_KINDS,
	messages: ['keep', 'age']
};

export const MAX_MONTHS = 1200;

/**
 * The plan an organisation has before it writes its own: what Medskapa already did. Contact details and panel
 * volunteers' details go the organisation's retention days after the process ended (`contactRetentionDays`);
 * everything else is kept.
 */
export function defaultPlan(contactRetentionDays: number): RecordsPlan {
	const afterEnd: DisposalRule = { kind: 'event', event: 'processEnded', months: 0, days: contactRetentionDays };
	return {
		perspectiveText: { kind: 'keep' },
		interviewNotes: { kind: 'keep' },
		contactDetails: afterEnd,
		selfDescriptions: { kind: 'keep' },
		uploads: { kind: 'keep' },
		panelVolunteers: afterEnd,
		statementVotes: { kind: 'keep' },
		messages: { kind: 'keep' }
	};
}

/** A stored plan completed with the default for types it does not name (a type added later). */
export function completePlan(stored: Partial<RecordsPlan> | null, contactRetentionDays: number): RecordsPlan {
	return { ...defaultPlan(contactRetentionDays), ...(stored ?? {}) };
}

/** Calendar months later (UTC), the day clamped to the month's last (31 January + 1 month = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
	const d = new Date(date.getTime());
	const day = d.getUTCDate();
	d.setUTCDate(1);
	d.setUTCMonth(d.getUTCMonth() + months);
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
	d.setUTCDate(Math.min(day, last));
	return d;
}

const DAY_MS = 24 * 3600_000;

/** The offset of a rule applied to a moment. */
function after(rule: Extract<DisposalRule, { months: number }>, from: Date): Date {
	const days = rule.kind === 'event' ? (rule.days ?? 0) : 0;
	return new Date(addMonths(from, rule.months).getTime() + days * DAY_MS);
}

/**
 * When a process ended: the end of its last scheduled phase (the day after its last day, at midnight UTC), or
 * null while no phase has an end date. The same reading as the contact retention (`contactsExpireOn`).
 */
export function processEndedAt(schedule: { endsOn: string | null }[]): Date | null {
	const ends = schedule
		.map((s) => s.endsOn)
		.filter((d): d is string => Boolean(d))
		.sort();
	const last = ends[ends.length - 1];
	return last ? new Date(new Date(`${last}T00:00:00Z`).getTime() + DAY_MS) : null;
}

/** What a record's due time depends on: its own date and its process's events (null: not happened). */
export type RecordFacts = {
	createdAt: Date;
	events: Partial<Record<DisposalEvent, Date | null>>;
};

/** When a record is due for disposal under the rule, or null: kept, or the event has not happened. */
export function dueAt(rule: DisposalRule, facts: RecordFacts): Date | null {
	if (rule.kind === 'keep') return null;
	if (rule.kind === 'age') return after(rule, facts.createdAt);
	const at = facts.events[rule.event];
	return at ? after(rule, at) : null;
}

/** Whether a record is due at the cut-off time (the moment of the preview). */
export function isDue(rule: DisposalRule, facts: RecordFacts, cutoff: Date): boolean {
	const due = dueAt(rule, facts);
	return due !== null && due.getTime() <= cutoff.getTime();
}

/** For an age rule: records made before this moment are due at the cut-off. */
export function madeBefore(rule: Extract<DisposalRule, { kind: 'age' }>, cutoff: Date): Date {
	return addMonths(cutoff, -rule.months);
}

/** The rule as a short key and parameters, for messages: `keep`, `age` {months}, `event.processEnded` {months, days}. */
export function describeRule(rule: DisposalRule): { key: string; months: number; days: number } {
	if (rule.kind === 'keep') return { key: 'keep', months: 0, days: 0 };
	if (rule.kind === 'age') return { key: 'age', months: rule.months, days: 0 };
	return { key: `event.${rule.event}`, months: rule.months, days: rule.days ?? 0 };
}

/**
 * The retention days the automatic removal of contact details uses: the plan's contact rule when it is
 * "after the process ended", else null (the rule is disposed through a confirmed disposal instead, or kept).
 */
export function contactRetentionFromPlan(plan: RecordsPlan): { months: number; days: number } | null {
	const rule = plan.contactDetails;
	return rule.kind === 'event' && rule.event === 'processEnded' ? { months: rule.months, days: rule.days ?? 0 } : null;
}
