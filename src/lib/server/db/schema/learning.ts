/**
 * @module Phase 8, learning: the evaluation survey, lessons, and the carry-over record of a next loop.
 *
 * Evaluation answers are anonymous. Who has answered (a SHA-256 of a random cookie token, or of a staff
 * user id with the process id) is kept in `evaluation_respondents`, apart from the answers, which carry no
 * link back to it and only the day they were given — so even someone who can compute a staff member's hash
 * learns only that they answered, not what.
 */
import { boolean, date, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CarryOver } from '../../../domain/learning/carry-over';
import { AGAIN_ANSWERS, AUDIENCES } from '../../../domain/learning/evaluation';
import { LESSON_KINDS } from '../../../domain/learning/lesson';
import { processes } from './processes';
import { users } from './users';

/** The evaluation survey of a process: open or closed by the facilitator. */
export const evaluationSurveys = pgTable('evaluation_surveys', {
	processId: uuid('process_id')
		.primaryKey()
		.references(() => processes.id),
	isOpen: boolean('is_open').notNull().default(false),
	openedAt: timestamp('opened_at', { withTimezone: true }),
	closedAt: timestamp('closed_at', { withTimezone: true }),
	changedAt: timestamp('changed_at', { withTimezone: true }).notNull()
});

/** Who has answered: one row per browser (or staff user) and process; only a hash. */
export const evaluationRespondents = pgTable(
	'evaluation_respondents',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		respondentHash: text('respondent_hash').notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.respondentHash] })]
);

/** The answers, without any link to who gave them. */
export const evaluationAnswers = pgTable(
	'evaluation_answers',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		audience: text('audience', { enum: AUDIENCES }).notNull(),
		trust: smallint('trust').notNull(),
		understanding: smallint('understanding').notNull(),
		influence: smallint('influence').notNull(),
		again: text('again', { enum: AGAIN_ANSWERS }).notNull(),
		comment: text('comment').notNull().default(''),
		/** The day only: an exact time could tie an answer to a person who was seen answering. */
		answeredOn: date('answered_on', { mode: 'string' }).notNull()
	},
	(t) => [index('evaluation_answers_process_idx').on(t.processId, t.audience)]
);

export const lessons = pgTable(
	'lessons',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		kind: text('kind', { enum: LESSON_KINDS }).notNull(),
		text: text('text').notNull(),
		isPublic: boolean('is_public').notNull().default(false),
		createdByUserId: uuid('created_by_user_id').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	(t) => [index('lessons_process_idx').on(t.processId, t.createdAt)]
);

/**
 * The next loop: the new process, the process it continues (one next loop per process), and a snapshot of
 * what was carried over when it was started.
 */
export const processCarryOvers = pgTable('process_carry_overs', {
	processId: uuid('process_id')
		.primaryKey()
		.references(() => processes.id),
	fromProcessId: uuid('from_process_id')
		.notNull()
		.unique()
		.references(() => processes.id),
	snapshot: jsonb('snapshot').$type<CarryOver>().notNull(),
	createdByUserId: uuid('created_by_user_id').references(() => users.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});
