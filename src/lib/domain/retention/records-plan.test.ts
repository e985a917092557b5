import { describe, expect, it } from 'vitest';
import {
	addMonths,
	completePlan,
	contactRetentionFromPlan,
	defaultPlan,
	dueAt,
	isDue,
	madeBefore,
	processEndedAt,
	RECORD_TYPES
} from './records-plan';
import { parsePlanInput } from './records-plan-input';
import { daysLeft, erasureAction, subjectRequestDueOn } from './subject-request';

const d = (iso: string) => new Date(iso);

describe('the records plan', () => {
	it('defaults to what Medskapa did before: contacts and volunteers after the retention days, the rest kept', () => {
		const plan = defaultPlan(90);
		expect(plan.contactDetails).toEqual({ kind: 'event', event: 'processEnded', months: 0, days: 90 });
		expect(plan.panelVolunteers).toEqual(plan.contactDetails);
		for (const t of RECORD_TYPES.filter((t) => t !== 'contactDetails' && t !== 'panelVolunteers'))
			expect(plan[t]).toEqual({ kind: 'keep' });
		expect(contactRetentionFromPlan(plan)).toEqual({ months: 0, days: 90 });
		expect(completePlan({ messages: { kind: 'age', months: 6 } }, 30).messages).toEqual({ kind: 'age', months: 6 });
	});

	it('adds calendar months, clamping to the last day of the month', () => {
		expect(addMonths(d('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
		expect(addMonths(d('2024-01-31T00:00:00Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z');
		expect(addMonths(d('2026-05-20T00:00:00Z'), -6).toISOString()).toBe('2025-11-20T00:00:00.000Z');
		expect(addMonths(d('2026-11-15T00:00:00Z'), 14).toISOString()).toBe('2028-01-15T00:00:00.000Z');
	});

	it('reads the end of a process as the day after its last scheduled day', () => {
		expect(processEndedAt([{ endsOn: '2026-03-01' }, { endsOn: '2026-06-30' }, { endsOn: null }])?.toISOString()).toBe(
			'2026-07-01T00:00:00.000Z'
		);
		expect(processEndedAt([{ endsOn: null }])).toBeNull();
	});

	it('never disposes what is kept', () => {
		const facts = { createdAt: d('1990-01-01T00:00:00Z'), events: { processEnded: d('1990-02-01T00:00:00Z') } };
		expect(dueAt({ kind: 'keep' }, facts)).toBeNull();
		expect(isDue({ kind: 'keep' }, facts, d('2100-01-01T00:00:00Z'))).toBe(false);
	});

	it('disposes after N months from the record, up to and including the cut-off', () => {
		const rule = { kind: 'age', months: 12 } as const;
		const facts = { createdAt: d('2025-05-20T08:00:00Z'), events: {} };
		expect(dueAt(rule, facts)?.toISOString()).toBe('2026-05-20T08:00:00.000Z');
		expect(isDue(rule, facts, d('2026-05-20T07:59:59Z'))).toBe(false);
		expect(isDue(rule, facts, d('2026-05-20T08:00:00Z'))).toBe(true);
		expect(madeBefore(rule, d('2026-05-20T08:00:00Z')).toISOString()).toBe('2025-05-20T08:00:00.000Z');
	});

	it('disposes at an event plus N months, never before the event has happened', () => {
		const rule = { kind: 'event', event: 'decisionPublished', months: 6 } as const;
		const made = d('2025-09-01T00:00:00Z');
		expect(isDue(rule, { createdAt: made, events: { decisionPublished: null } }, d('2099-01-01T00:00:00Z'))).toBe(
			false
		);
		const facts = { createdAt: made, events: { decisionPublished: d('2026-05-20T00:00:00Z') } };
		expect(dueAt(rule, facts)?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
		expect(isDue(rule, facts, d('2026-11-19T23:00:00Z'))).toBe(false);
		expect(isDue(rule, facts, d('2026-11-22T12:00:00Z'))).toBe(true);
		// At the event itself, with the default's days.
		const atEnd = { kind: 'event', event: 'processEnded', months: 0, days: 90 } as const;
		expect(dueAt(atEnd, { createdAt: made, events: { processEnded: d('2026-01-01T00:00:00Z') } })?.toISOString()).toBe(
			'2026-04-01T00:00:00.000Z'
		);
	});

	it('parses the form, keeps the default days when the rule is unchanged, and names bad fields', () => {
		const current = defaultPlan(90);
		const row = (kind: string, months = '', event = 'processEnded') => ({ kind, months, event });
		const raw = Object.fromEntries(RECORD_TYPES.map((t) => [t, row('keep')]));
		raw.contactDetails = row('event', '0');
		raw.messages = row('age', '6');
		raw.selfDescriptions = row('event', '6', 'decisionPublished');
		const parsed = parsePlanInput(raw, current);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.plan.contactDetails).toEqual({ kind: 'event', event: 'processEnded', months: 0, days: 90 });
		expect(parsed.plan.messages).toEqual({ kind: 'age', months: 6 });
		expect(parsed.plan.selfDescriptions).toEqual({ kind: 'event', event: 'decisionPublished', months: 6 });
		expect(parsed.plan.panelVolunteers).toEqual({ kind: 'keep' });

		const bad = parsePlanInput(
			{ ...raw, messages: row('event', '3'), statementVotes: row('age', '0'), uploads: row('event', '2', 'x') },
			current
		);
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(bad.errors.map((e) => e.field).sort()).toEqual(['messages-kind', 'statementVotes-months', 'uploads-event']);
		expect(parsePlanInput({}, current).ok).toBe(false);
	});
});

describe('data-subject requests', () => {
	it('are due one calendar month after receipt', () => {
		expect(subjectRequestDueOn('2026-11-20')).toBe('2026-12-20');
		expect(subjectRequestDueOn('2026-01-31')).toBe('2026-02-28');
		expect(daysLeft('2026-12-20', '2026-12-07')).toBe(13);
		expect(daysLeft('2026-12-01', '2026-12-07')).toBe(-6);
	});

	it('restrict what the plan keeps and erase personal data kept apart', () => {
		const plan = { ...defaultPlan(90), messages: { kind: 'age', months: 6 } as const };
		expect(erasureAction('perspectiveText', plan)).toBe('restrict');
		expect(erasureAction('messages', plan)).toBe('erase');
		expect(erasureAction('contactDetails', plan)).toBe('erase');
		expect(erasureAction('perspectiveText', { ...plan, perspectiveText: { kind: 'age', months: 1 } })).toBe('erase');
		expect(erasureAction('perspectiveText', plan, 'delete')).toBe('erase');
	});
});
