import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/** Staff accounts. Personal data: name and email only. */
export const users = pgTable('users', {
	id: uuid('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

export const memberships = pgTable(
	'memberships',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		role: text('role', { enum: ['admin', 'facilitator', 'official'] }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.organisationId] })]
);

/** Sign-in sessions. Only a SHA-256 of the cookie token is stored, so a database leak yields no live session. */
export const sessions = pgTable(
	'sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);
