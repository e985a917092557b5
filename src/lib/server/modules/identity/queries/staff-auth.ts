/**
 * @module Rows behind staff sign-in beyond the password: sign-in links, the pending second factor, the
 * authenticator app (TOTP), recovery codes, passkeys and WebAuthn challenges.
 */
import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
	passkeys,
	pendingSignIns,
	recoveryCodes,
	signInLinks,
	staffTotp,
	users,
	webauthnChallenges
} from '../../../db/schema/index';

type Q = Db | Tx;

export async function insertSignInLink(
	db: Q,
	row: { tokenHash: string; userId: string; organisationId: string; expiresAt: Date; createdAt: Date }
) {
	await db.insert(signInLinks).values(row);
}

/** The link behind a token hash, whatever its state (the page says whether it still works). */
export async function findSignInLink(db: Q, tokenHash: string) {
	const rows = await db.select().from(signInLinks).where(eq(signInLinks.tokenHash, tokenHash));
	return rows[0] ?? null;
}

/** Marks the link used if it is unused, unexpired and of this organisation; one caller wins. */
export async function consumeSignInLink(db: Q, tokenHash: string, organisationId: string, now: Date) {
	const rows = await db
		.update(signInLinks)
		.set({ usedAt: now })
		.where(
			and(
				eq(signInLinks.tokenHash, tokenHash),
				eq(signInLinks.organisationId, organisationId),
				isNull(signInLinks.usedAt),
				gt(signInLinks.expiresAt, now)
			)
		)
		.returning({ userId: signInLinks.userId });
	return rows[0] ?? null;
}

export async function insertPendingSignIn(db: Q, row: typeof pendingSignIns.$inferInsert) {
	await db.insert(pendingSignIns).values(row);
}

export async function findPendingSignIn(db: Q, tokenHash: string, now: Date) {
	const rows = await db
		.select()
		.from(pendingSignIns)
		.where(and(eq(pendingSignIns.tokenHash, tokenHash), gt(pendingSignIns.expiresAt, now)));
	return rows[0] ?? null;
}

export async function deletePendingSignIn(db: Q, tokenHash: string) {
	await db.delete(pendingSignIns).where(eq(pendingSignIns.tokenHash, tokenHash));
}

/** Expired links, pending sign-ins and challenges are of no use to anyone: removed by the retention run. */
export async function deleteExpiredSignInState(db: Q, now: Date) {
	await db.delete(signInLinks).where(lt(signInLinks.expiresAt, now));
	await db.delete(pendingSignIns).where(lt(pendingSignIns.expiresAt, now));
	await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
}

export async function findTotp(db: Q, userId: string) {
	const rows = await db.select().from(staffTotp).where(eq(staffTotp.userId, userId));
	return rows[0] ?? null;
}

/** A new, unconfirmed secret (replacing an unconfirmed one). */
export async function saveUnconfirmedTotp(db: Q, userId: string, secret: string, now: Date) {
	await db
		.insert(staffTotp)
		.values({ userId, secret, confirmedAt: null, lastStep: 0, createdAt: now })
		.onConflictDoUpdate({ target: staffTotp.userId, set: { secret, confirmedAt: null, lastStep: 0, createdAt: now } });
}

/** Records an accepted code's time step, only if it is later than the last one; false means it was already used. */
export async function advanceTotpStep(db: Q, userId: string, step: number, confirmAt?: Date): Promise<boolean> {
	const rows = await db
		.update(staffTotp)
		.set(confirmAt ? { lastStep: step, confirmedAt: confirmAt } : { lastStep: step })
		.where(and(eq(staffTotp.userId, userId), lt(staffTotp.lastStep, step)))
		.returning({ userId: staffTotp.userId });
	return rows.length > 0;
}

export async function replaceRecoveryCodes(db: Q, userId: string, codeHashes: string[], now: Date) {
	await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
	if (codeHashes.length)
		await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ codeHash, userId, createdAt: now })));
}

/** Uses a recovery code once; false when it is unknown, someone else's or already used. */
export async function consumeRecoveryCode(db: Q, userId: string, codeHash: string, now: Date): Promise<boolean> {
	const rows = await db
		.update(recoveryCodes)
		.set({ usedAt: now })
		.where(and(eq(recoveryCodes.codeHash, codeHash), eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
		.returning({ codeHash: recoveryCodes.codeHash });
	return rows.length > 0;
}

export async function countUnusedRecoveryCodes(db: Q, userId: string): Promise<number> {
	const rows = await db
		.select({ h: recoveryCodes.codeHash })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
	return rows.length;
}

export type Passkey = typeof passkeys.$inferSelect;

export async function listPasskeys(db: Q, userId: string): Promise<Passkey[]> {
	return db
		.select()
		.from(passkeys)
		.where(eq(passkeys.userId, userId))
		.orderBy(asc(passkeys.createdAt), asc(passkeys.id));
}

export async function findPasskey(db: Q, id: string): Promise<Passkey | null> {
	const rows = await db.select().from(passkeys).where(eq(passkeys.id, id));
	return rows[0] ?? null;
}

export async function insertPasskey(db: Q, row: typeof passkeys.$inferInsert) {
	await db.insert(passkeys).values(row);
}

export async function markPasskeyUsed(db: Q, id: string, counter: number, now: Date) {
	await db.update(passkeys).set({ counter, lastUsedAt: now }).where(eq(passkeys.id, id));
}

export async function deletePasskey(db: Q, userId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(passkeys)
		.where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
		.returning({ id: passkeys.id });
	return rows.length > 0;
}

export async function insertChallenge(db: Q, row: typeof webauthnChallenges.$inferInsert) {
	await db.insert(webauthnChallenges).values(row);
}

/** Takes a challenge out (single use); null when unknown, expired or for another purpose. */
export async function takeChallenge(db: Q, idHash: string, purpose: 'register' | 'authenticate', now: Date) {
	const rows = await db.delete(webauthnChallenges).where(eq(webauthnChallenges.idHash, idHash)).returning();
	const row = rows[0];
	return row && row.purpose === purpose && row.expiresAt > now ? row : null;
}

/** Name and email of a staff member, for their own sign-in pages. */
export async function findUserContact(db: Q, userId: string) {
	const rows = await db
		.select({ id: users.id, email: users.email, name: users.name })
		.from(users)
		.where(eq(users.id, userId));
	return rows[0] ?? null;
}

export async function countPasskeys(db: Q, userId: string): Promise<number> {
	return (await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId))).length;
}
