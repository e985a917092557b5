import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { STAFF_ROLES } from '../../../domain/access/can';
import { organisations } from './organisations';

/** Staff accounts. Personal data: name and email only. */
export const users = pgTable('users', {
	id: uuid('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	/** Runs the installation: creates organisations and their first admin. Not a role in any organisation. */
	isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
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
		role: text('role', { enum: STAFF_ROLES }).notNull()
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
		/** The organisation the session was started in; it is valid there only. */
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);
