import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The tenant: a municipality, region or association that runs processes. */
export const organisations = pgTable('organisations', {
	id: uuid('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});
