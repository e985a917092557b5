import { bigint, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (v) => Buffer.from(v)
});

/** Sign-in links sent by email: single use, short-lived, valid only in the organisation they were asked for in. Only a SHA-256 of the token is stored. */
export const signInLinks = pgTable(
	'sign_in_links',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sign_in_links_user_idx').on(t.userId)]
);

/**
 * A first factor passed, a second still owed (organisation admins): a short-lived pre-session behind its own
 * cookie. It gives access to nothing but the second-factor page. Only a SHA-256 of the cookie token is stored.
 */
export const pendingSignIns = pgTable(
	'pending_sign_ins',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** The first factor, kept for the audit log of the session that follows. */
		method: text('method').notNull(),
		/** The staff page to go to afterwards. */
		next: text('next').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('pending_sign_ins_user_idx').on(t.userId)]
);

/**
 * A staff member's authenticator app (TOTP, RFC 6238). The secret must be readable to check codes, so it is
 * stored as is; `confirmedAt` is set once the person has typed one correct code. `lastStep` is the time step
 * of the last accepted code: a code is accepted only for a later step, so a seen code cannot be replayed.
 */
export const staffTotp = pgTable('staff_totp', {
	userId: uuid('user_id')
		.primaryKey()
		.references(() => users.id),
	secret: text('secret').notNull(),
	confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
	lastStep: bigint('last_step', { mode: 'number' }).notNull().default(0),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

/** One-time recovery codes for when the authenticator app is lost; only a SHA-256 of each is stored. */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		codeHash: text('code_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/** Passkeys (WebAuthn credentials) a staff member registered; the public key checks their signatures. */
export const passkeys = pgTable(
	'passkeys',
	{
		/** The credential id, base64url as the browser reports it. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		name: text('name').notNull(),
		publicKey: bytea('public_key').notNull(),
		/** The authenticator's signature counter; a counter that goes back points at a cloned key. */
		counter: bigint('counter', { mode: 'number' }).notNull().default(0),
		/** How the browser can reach the authenticator (usb, internal, hybrid …), comma separated. */
		transports: text('transports').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true })
	},
	(t) => [index('passkeys_user_idx').on(t.userId)]
);

/**
 * WebAuthn challenges handed out and not yet answered. The browser holds a random id in a cookie; a challenge
 * is used once (deleted when answered) and expires after a few minutes.
 */
export const webauthnChallenges = pgTable('webauthn_challenges', {
	idHash: text('id_hash').primaryKey(),
	challenge: text('challenge').notNull(),
	/** `register` (signed in, adding a passkey) or `authenticate` (signing in). */
	purpose: text('purpose').notNull(),
	/** The signed-in user for `register`; null for a usernameless sign-in. */
	userId: uuid('user_id').references(() => users.id),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});
