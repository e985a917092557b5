import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

export const API_TOKEN_SCOPES = ['read', 'read-write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/**
 * API tokens for the organisation's staff tools, made by an organisation admin. Only a SHA-256 of the token is
 * stored (the token itself is shown once); a token works only on its own organisation's address and acts as a
 * staff member whose role follows from its scope. Revoked tokens stay for the audit log's sake.
 */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		name: text('name').notNull(),
		scope: text('scope', { enum: API_TOKEN_SCOPES }).notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		/** The organisation admin who made it; the token's actions are logged in their name with the token's. */
		createdByUserId: uuid('created_by_user_id')
			.notNull()
			.references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_tokens_organisation_idx').on(t.organisationId)]
);
