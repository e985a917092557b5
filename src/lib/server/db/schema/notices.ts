import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { processes } from './processes';

/**
 * News about a process for the people who asked for it (a contact left with a perspective), one row per
 * event, person and channel. Notices are rendered in the person's language when they are dispatched into the
 * outbox; several notices due for one person within a day go out as one digest. The unique key makes an event
 * reach a person at most once, whatever is re-published.
 */
export const notices = pgTable(
	'notices',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		/** What happened: `report`, `workingGroup`, `arguments`, `decision`, `milestone`, `evaluation`, `nextLoop`. */
		kind: text('kind').notNull(),
		/** One key per event, e.g. `decision:<decisionId>`. */
		eventKey: text('event_key').notNull(),
		channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
		/** SHA-256 (hex, shortened) of the normalised address: groups a person's notices without reading the address. */
		recipientKey: text('recipient_key').notNull(),
		recipient: text('recipient').notNull(),
		language: text('language').notNull(),
		/** What the message needs (titles, links, per-person outcomes), rendered at dispatch. */
		params: jsonb('params').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		/** Set when the notice went into the outbox (alone or in a digest). */
		dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
		outboxId: uuid('outbox_id')
	},
	(t) => [
		unique('notices_event_recipient_unique').on(t.eventKey, t.channel, t.recipientKey),
		index('notices_pending_idx').on(t.dispatchedAt, t.recipientKey)
	]
);
