import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { processes } from './processes';
import { users } from './users';

/** The interview plan: a group to reach and how many interviews we aim for. Withdrawn, never deleted. */
export const interviewTargets = pgTable(
	'interview_targets',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		targetCount: integer('target_count').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		withdrawnReason: text('withdrawn_reason')
	},
	(t) => [index('interview_targets_process_idx').on(t.processId)]
);

/**
 * One interview held. The interviewee is never named: only the group, the date, who interviewed,
 * and the consent given (to use the answers; separately, to quote them anonymously).
 */
export const interviews = pgTable(
	'interviews',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		targetId: uuid('target_id')
			.notNull()
			.references(() => interviewTargets.id),
		heldOn: date('held_on', { mode: 'string' }).notNull(),
		interviewerUserId: uuid('interviewer_user_id').references(() => users.id),
		mayQuote: boolean('may_quote').notNull(),
		consentVersion: text('consent_version').notNull(),
		consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('interviews_process_idx').on(t.processId, t.heldOn)]
);
