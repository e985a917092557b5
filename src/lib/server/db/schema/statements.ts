import { bigint, boolean, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { STATEMENT_ORIGINS, STATEMENT_STATUSES } from '../../../domain/statement/statement';
import { processes } from './processes';
import { users } from './users';

/** The statements module of a process: whether participants can vote and submit right now. */
export const statementModules = pgTable('statement_modules', {
	processId: uuid('process_id')
		.primaryKey()
		.references(() => processes.id),
	isOpen: boolean('is_open').notNull().default(false),
	/** One person, one vote: voting needs a verified identity (the organisation's e-ID broker); taking part otherwise does not. */
	requiresVerifiedIdentity: boolean('requires_verified_identity').notNull().default(false),
	changedAt: timestamp('changed_at', { withTimezone: true }).notNull()
});

/** Anonymous participants: a random cookie token, of which only the SHA-256 is stored. No personal data. */
export const statementParticipants = pgTable('statement_participants', {
	id: uuid('id').primaryKey(),
	tokenHash: text('token_hash').notNull().unique(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

export const statements = pgTable(
	'statements',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		text: text('text').notNull(),
		origin: text('origin', { enum: STATEMENT_ORIGINS }).notNull(),
		status: text('status', { enum: STATEMENT_STATUSES }).notNull(),
		rejectedReason: text('rejected_reason'),
		/** Set for participant statements (anonymous id), so nobody is asked to vote on their own. */
		participantId: uuid('participant_id').references(() => statementParticipants.id),
		createdByUserId: uuid('created_by_user_id').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		moderatedAt: timestamp('moderated_at', { withTimezone: true })
	},
	(t) => [index('statements_process_idx').on(t.processId, t.createdAt)]
);

/** One row per participant and statement: the last vote wins. `seq` grows on every change, for ordering. */
export const statementVotes = pgTable(
	'statement_votes',
	{
		statementId: uuid('statement_id')
			.notNull()
			.references(() => statements.id),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => statementParticipants.id),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		/** agree = 1, disagree = −1, pass = 0 */
		vote: smallint('vote').notNull(),
		seq: bigint('seq', { mode: 'number' }).generatedByDefaultAsIdentity().notNull(),
		votedAt: timestamp('voted_at', { withTimezone: true }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.statementId, t.participantId] }),
		index('statement_votes_process_idx').on(t.processId, t.seq)
	]
);
