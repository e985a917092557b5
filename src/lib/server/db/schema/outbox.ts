import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * Messages to send after commit (mail, and SMS through the provider in SMS_URL). A message is enqueued in the same transaction as
 * the change that causes it, so nothing is sent for a rolled-back change; `dedupeKey` makes enqueueing
 * idempotent, so one event never mails one person twice.
 */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
		dedupeKey: text('dedupe_key').notNull().unique(),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		bodyText: text('body_text').notNull(),
		/** Where the recipient stops further messages (sent as `List-Unsubscribe` with mail). */
		unsubscribeUrl: text('unsubscribe_url'),
		status: text('status', { enum: ['pending', 'sent', 'failed'] })
			.notNull()
			.default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt)]
);
