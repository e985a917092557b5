/**
 * @module Identity providers per organisation and purpose, and staff members' links to their provider accounts.
 */
import { and, eq, gt, lt } from 'drizzle-orm';
import type { IdentityPurpose } from '../../../../domain/access/identity';
import type { Db, Tx } from '../../../db/client';
import { identityLinks, identityProviders, organisationSecrets, residentSessions } from '../../../db/schema/index';

export type IdentityProvider = typeof identityProviders.$inferSelect;

export async function findIdentityProvider(
	db: Db | Tx,
	organisationId: string,
	purpose: IdentityPurpose
): Promise<IdentityProvider | null> {
	const rows = await db
		.select()
		.from(identityProviders)
		.where(and(eq(identityProviders.organisationId, organisationId), eq(identityProviders.purpose, purpose)));
	return rows[0] ?? null;
}

export async function saveIdentityProvider(tx: Db | Tx, p: IdentityProvider): Promise<void> {
	const { id: _id, organisationId: _o, purpose: _p, ...changes } = p;
	await tx
		.insert(identityProviders)
		.values(p)
		.onConflictDoUpdate({ target: [identityProviders.organisationId, identityProviders.purpose], set: changes });
}

export async function deleteIdentityProvider(
	tx: Db | Tx,
	organisationId: string,
	purpose: IdentityPurpose
): Promise<boolean> {
	const rows = await tx
		.delete(identityProviders)
		.where(and(eq(identityProviders.organisationId, organisationId), eq(identityProviders.purpose, purpose)))
		.returning({ id: identityProviders.id });
	return rows.length > 0;
}

export async function findLinkedUserId(db: Db | Tx, issuer: string, subject: string): Promise<string | null> {
	const rows = await db
		.select({ userId: identityLinks.userId })
		.from(identityLinks)
		.where(and(eq(identityLinks.issuer, issuer), eq(identityLinks.subject, subject)));
	return rows[0]?.userId ?? null;
}

export async function linkIdentity(
	tx: Db | Tx,
	link: { issuer: string; subject: string; userId: string; createdAt: Date }
): Promise<void> {
	await tx.insert(identityLinks).values(link).onConflictDoNothing();
}

/** The organisation's pseudonym key, made on first use (two requests at once agree on the first one stored). */
export async function pseudonymKeyOf(
	db: Db | Tx,
	organisationId: string,
	fresh: () => string,
	now: Date
): Promise<string> {
	await db
		.insert(organisationSecrets)
		.values({ organisationId, pseudonymKey: fresh(), createdAt: now })
		.onConflictDoNothing();
	const rows = await db
		.select({ key: organisationSecrets.pseudonymKey })
		.from(organisationSecrets)
		.where(eq(organisationSecrets.organisationId, organisationId));
	return rows[0].key;
}

export async function insertResidentSession(tx: Db | Tx, s: typeof residentSessions.$inferInsert): Promise<void> {
	await tx.insert(residentSessions).values(s);
}

/** The pseudonym of a verified resident's session, valid in its organisation only. */
export async function findResidentPseudonym(
	db: Db | Tx,
	tokenHash: string,
	organisationId: string,
	now: Date
): Promise<string | null> {
	const rows = await db
		.select({ pseudonym: residentSessions.pseudonym })
		.from(residentSessions)
		.where(
			and(
				eq(residentSessions.tokenHash, tokenHash),
				eq(residentSessions.organisationId, organisationId),
				gt(residentSessions.expiresAt, now)
			)
		);
	return rows[0]?.pseudonym ?? null;
}

export async function deleteExpiredResidentSessions(db: Db | Tx, now: Date): Promise<void> {
	await db.delete(residentSessions).where(lt(residentSessions.expiresAt, now));
}
