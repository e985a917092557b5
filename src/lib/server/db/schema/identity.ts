import { boolean, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { IDENTITY_PURPOSES } from '../../../domain/access/identity';
import { organisations } from './organisations';
import { users } from './users';

/**
 * An organisation's OpenID Connect providers: one for staff (e.g. the municipality's Entra ID) and one for
 * residents who must verify who they are (an e-ID broker). The client secret may instead come from the
 * environment (`OIDC_CLIENT_SECRET_<ORGANISATION>_<PURPOSE>`); it is never shown in a page.
 */
export const identityProviders = pgTable(
	'identity_providers',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		purpose: text('purpose', { enum: IDENTITY_PURPOSES }).notNull(),
		issuer: text('issuer').notNull(),
		clientId: text('client_id').notNull(),
		clientSecret: text('client_secret'),
		/** Shown on the button: "Logga in med Solbacka kommuns konto". */
		displayName: text('display_name').notNull(),
		/** Match staff by email even without `email_verified` (a provider that only has the organisation's own addresses). */
		trustEmail: boolean('trust_email').notNull().default(false),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('identity_providers_org_purpose').on(t.organisationId, t.purpose)]
);

/** A staff member's account at a provider (issuer + subject), remembered at the first sign-in matched by email. */
export const identityLinks = pgTable(
	'identity_links',
	{
		issuer: text('issuer').notNull(),
		subject: text('subject').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.issuer, t.subject] })]
);

/**
 * Per organisation, the key residents' pseudonyms are made with (HMAC-SHA256 over issuer and subject), created
 * the first time it is needed. Without it a pseudonym cannot be linked to an e-ID account, nor compared
 * across organisations.
 */
export const organisationSecrets = pgTable('organisation_secrets', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id),
	pseudonymKey: text('pseudonym_key').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

/**
 * A resident who has verified who they are (an e-ID broker) in this browser: only the SHA-256 of the cookie
 * token and the organisation's pseudonym for the person. Never a personal identity number, a name or the
 * provider's subject.
 */
export const residentSessions = pgTable('resident_sessions', {
	tokenHash: text('token_hash').primaryKey(),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisations.id),
	pseudonym: text('pseudonym').notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});
