/**
 * @module Decisions on proposals and their implementation (phases 6–7). A decision is recorded as a draft and
 * published once every proposal it does not adopt has its reasons. Each adopted proposal becomes one
 * implementation item with milestones and public status updates.
 */
import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { BODY_KINDS, DECISION_STATUSES, OUTCOMES } from '../../../domain/decision/decision';
import { IMPLEMENTATION_STATUSES } from '../../../domain/decision/implementation';
import { proposals } from './cocreation';
import { processes } from './processes';
import { users } from './users';

export const decisions = pgTable(
	'decisions',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		/** The deciding body by name, e.g. "Kommunstyrelsen", and its kind. */
		body: text('body').notNull(),
		bodyKind: text('body_kind', { enum: BODY_KINDS }).notNull(),
		decidedOn: date('decided_on', { mode: 'string' }).notNull(),
		/** Diarienummer, e.g. "KS 2027/123". */
		caseNumber: text('case_number').notNull(),
		/** Minutes paragraph, e.g. "§ 84". */
		minutesParagraph: text('minutes_paragraph').notNull().default(''),
		summary: text('summary').notNull().default(''),
		status: text('status', { enum: DECISION_STATUSES }).notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdByUserId: uuid('created_by_user_id').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [index('decisions_process_idx').on(t.processId, t.decidedOn)]
);

/** The outcome for one proposal in one decision, with the reasons in plain Swedish. */
export const decisionOutcomes = pgTable(
	'decision_outcomes',
	{
		decisionId: uuid('decision_id')
			.notNull()
			.references(() => decisions.id),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		outcome: text('outcome', { enum: OUTCOMES }).notNull(),
		reasons: text('reasons').notNull().default('')
	},
	(t) => [
		primaryKey({ columns: [t.decisionId, t.proposalId] }),
		index('decision_outcomes_proposal_idx').on(t.proposalId)
	]
);

/** One per adopted proposal: what is being done, by whom, how far it has come. */
export const implementationItems = pgTable(
	'implementation_items',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		proposalId: uuid('proposal_id')
			.notNull()
			.unique()
			.references(() => proposals.id),
		decisionId: uuid('decision_id')
			.notNull()
			.references(() => decisions.id),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		responsible: text('responsible').notNull().default(''),
		status: text('status', { enum: IMPLEMENTATION_STATUSES }).notNull(),
		progress: integer('progress').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [index('implementation_items_process_idx').on(t.processId)]
);

export const implementationMilestones = pgTable(
	'implementation_milestones',
	{
		id: uuid('id').primaryKey(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => implementationItems.id),
		title: text('title').notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		doneOn: date('done_on', { mode: 'string' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('implementation_milestones_item_idx').on(t.itemId, t.dueOn)]
);

/** A public status update: what happened, with the status and progress it set. */
export const implementationUpdates = pgTable(
	'implementation_updates',
	{
		id: uuid('id').primaryKey(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => implementationItems.id),
		text: text('text').notNull(),
		status: text('status', { enum: IMPLEMENTATION_STATUSES }).notNull(),
		progress: integer('progress').notNull(),
		createdByUserId: uuid('created_by_user_id').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('implementation_updates_item_idx').on(t.itemId, t.createdAt)]
);
