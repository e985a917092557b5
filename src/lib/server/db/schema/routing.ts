import { date, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { RECEIVER_KINDS, ROUTING_STATUSES } from '../../../domain/routing/routing';
import { organisations } from './organisations';
import { perspectives } from './perspectives';
import { users } from './users';

/** The organisation's register of receivers: its departments and the outside bodies inputs are passed on to. */
export const receivers = pgTable(
	'receivers',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** Shown publicly on a routed perspective's trace ("Polisen i Solbacka"). */
		name: text('name').notNull(),
		kind: text('kind', { enum: RECEIVER_KINDS }).notNull(),
		email: text('email').notNull(),
		phone: text('phone'),
		/** For staff: whom to ask, what they take. Never shown publicly. */
		note: text('note').notNull().default(''),
		/** Archived receivers stay on old routings but are not offered any more. */
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('receivers_organisation_idx').on(t.organisationId)]
);

/**
 * One perspective passed to one receiver. The receiver answers (or passes it on) through a private link of
 * which only the SHA-256 is stored; routings sent together (a theme) share one link and one message. The
 * receiver's name and address are copied, so the history stays as it was sent and a forwarded routing can go
 * to an address outside the register.
 */
export const routings = pgTable(
	'routings',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		perspectiveId: uuid('perspective_id')
			.notNull()
			.references(() => perspectives.id),
		receiverId: uuid('receiver_id').references(() => receivers.id),
		receiverName: text('receiver_name').notNull(),
		receiverEmail: text('receiver_email').notNull(),
		/** Staff's note to the receiver (shown on the answer page, not publicly). */
		note: text('note').notNull().default(''),
		status: text('status', { enum: ROUTING_STATUSES }).notNull().default('routed'),
		/** SHA-256 (hex) of the answer link's token; shared by routings sent together. */
		tokenHash: text('token_hash').notNull(),
		linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }).notNull(),
		/** The day the answer is due: the organisation's answer time in working days after routing. */
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		routedByUserId: uuid('routed_by_user_id').references(() => users.id),
		routedAt: timestamp('routed_at', { withTimezone: true }).notNull(),
		answerText: text('answer_text'),
		/** Who answered, as they wrote it (name and role). */
		answeredBy: text('answered_by'),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		closedReason: text('closed_reason'),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		closedByUserId: uuid('closed_by_user_id').references(() => users.id),
		/** The routing this one was passed on from (by its receiver). */
		forwardedFromId: uuid('forwarded_from_id').references((): AnyPgColumn => routings.id)
	},
	(t) => [
		index('routings_perspective_idx').on(t.perspectiveId),
		index('routings_token_idx').on(t.tokenHash),
		index('routings_open_idx').on(t.organisationId, t.status, t.dueOn)
	]
);
