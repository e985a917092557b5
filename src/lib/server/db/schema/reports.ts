import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { perspectives } from './perspectives';
import { processes } from './processes';
import { users } from './users';

/** Opposing perspectives or goals, kept visible side by side (never resolved away for consensus). */
export const tensions = pgTable('tensions', {
	id: uuid('id').primaryKey(),
	processId: uuid('process_id')
		.notNull()
		.references(() => processes.id),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	sideAPerspectiveId: uuid('side_a_perspective_id')
		.notNull()
		.references(() => perspectives.id),
	sideBPerspectiveId: uuid('side_b_perspective_id')
		.notNull()
		.references(() => perspectives.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

/**
 * The published perspective report: a snapshot of the compilation at publication, so the record people
 * were notified about does not change under them. Republishing replaces it and is audited.
 */
export const perspectiveReports = pgTable('perspective_reports', {
	processId: uuid('process_id')
		.primaryKey()
		.references(() => processes.id),
	snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
	publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
	publishedByUserId: uuid('published_by_user_id').references(() => users.id)
});
