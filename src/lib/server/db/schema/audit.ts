import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Every state change writes one row here, in the same transaction as the change (who, what, when).
 * Append-only: nothing updates or deletes audit events.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: uuid('id').primaryKey(),
		/** Insertion order: events in one transaction can share a timestamp but never a sequence number. */
		seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		actorUserId: uuid('actor_user_id').references(() => users.id),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: uuid('entity_id'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('audit_org_seq_idx').on(t.organisationId, t.seq), index('audit_entity_idx').on(t.entityId)]
);
