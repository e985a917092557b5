/**
 * The records plan, disposals (gallring) and data-subject requests (registerutdrag, rättelse, radering).
 * Disposal records are kept for ever: nothing disposes of them.
 */
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DisposalRule, RecordsPlan, RecordType } from '../../../domain/retention/records-plan';
import {
	IDENTIFIER_KINDS,
	SUBJECT_REQUEST_KINDS,
	SUBJECT_REQUEST_STATUSES
} from '../../../domain/retention/subject-request';
import { organisations } from './organisations';
import { users } from './users';

/** The organisation's records plan: one rule per record type. Without a row, the default plan applies. */
export const recordsPlans = pgTable('records_plans', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id),
	rules: jsonb('rules').$type<Partial<RecordsPlan>>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
	updatedByUserId: uuid('updated_by_user_id').references(() => users.id)
});

/** One record type's share of a disposal preview: the rule, how many, the period, and the frozen ids. */
export type DisposalSelection = {
	recordType: RecordType;
	rule: DisposalRule;
	count: number;
	periodFrom: string | null;
	periodTo: string | null;
	ids: string[];
};

/**
 * A disposal preview: what was due at `cutoffAt` under the plan, with the ids frozen, so that confirming
 * removes exactly what was shown. `previewed` → `confirmed`, or `cancelled` / `superseded` (a newer preview,
 * or the plan changed).
 */
export const disposalRuns = pgTable(
	'disposal_runs',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		status: text('status', { enum: ['previewed', 'confirmed', 'cancelled', 'superseded'] }).notNull(),
		cutoffAt: timestamp('cutoff_at', { withTimezone: true }).notNull(),
		/** The plan as it was read for the preview (`updatedAt` of the plan, null for the default). */
		planUpdatedAt: timestamp('plan_updated_at', { withTimezone: true }),
		selections: jsonb('selections').$type<DisposalSelection[]>().notNull(),
		/** Null when the scheduled retention run prepared it. */
		preparedByUserId: uuid('prepared_by_user_id').references(() => users.id),
		preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull(),
		closedByUserId: uuid('closed_by_user_id').references(() => users.id),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [index('disposal_runs_org_idx').on(t.organisationId, t.preparedAt)]
);

/** What was disposed: one row per record type and confirmed disposal. Never changed, never disposed. */
export const disposalRecords = pgTable(
	'disposal_records',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		runId: uuid('run_id')
			.notNull()
			.references(() => disposalRuns.id),
		recordType: text('record_type').$type<RecordType>().notNull(),
		rule: jsonb('rule').$type<DisposalRule>().notNull(),
		count: integer('count').notNull(),
		periodFrom: timestamp('period_from', { withTimezone: true }),
		periodTo: timestamp('period_to', { withTimezone: true }),
		disposedAt: timestamp('disposed_at', { withTimezone: true }).notNull(),
		confirmedByUserId: uuid('confirmed_by_user_id').references(() => users.id),
		/** The name of who confirmed, as it was then (the account may be removed later; the record stays). */
		confirmedByName: text('confirmed_by_name').notNull()
	},
	(t) => [index('disposal_records_org_idx').on(t.organisationId, t.disposedAt)]
);

/** What an erasure or rectification did, counted per record type; for rectification, what was corrected. */
export type SubjectRequestOutcome = {
	erased?: Partial<Record<RecordType, number>>;
	restricted?: Partial<Record<RecordType, number>>;
	/** Working-group members' details kept (restricted) until the facilitator removes the member. */
	restrictedMembers?: number;
	corrected?: string;
};

/** A data-subject request. The person's identifier is personal data: it is kept apart, in the next table. */
export const subjectRequests = pgTable(
	'subject_requests',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		kind: text('kind', { enum: SUBJECT_REQUEST_KINDS }).notNull(),
		identifierKind: text('identifier_kind', { enum: IDENTIFIER_KINDS }).notNull(),
		receivedOn: date('received_on', { mode: 'string' }).notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		status: text('status', { enum: SUBJECT_REQUEST_STATUSES }).notNull(),
		outcome: jsonb('outcome').$type<SubjectRequestOutcome>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		createdByUserId: uuid('created_by_user_id').references(() => users.id),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		completedByUserId: uuid('completed_by_user_id').references(() => users.id)
	},
	(t) => [index('subject_requests_org_idx').on(t.organisationId, t.status, t.dueOn)]
);

/** Who the request is about (an email, phone number or receipt code): personal data, read only by the request's handler. */
export const subjectRequestIdentifiers = pgTable('subject_request_identifiers', {
	requestId: uuid('request_id')
		.primaryKey()
		.references(() => subjectRequests.id),
	value: text('value').notNull()
});

/**
 * Records kept under the records plan after an erasure request (behandlingsbegränsning): hidden from ordinary
 * views, with the reason. `recordId` is the perspective, outbox message … of `recordType`.
 */
export const restrictions = pgTable(
	'restrictions',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		requestId: uuid('request_id').references(() => subjectRequests.id),
		recordType: text('record_type').$type<RecordType | 'workingGroupMember'>().notNull(),
		recordId: text('record_id').notNull(),
		reason: text('reason').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('restrictions_record_idx').on(t.recordType, t.recordId)]
);
