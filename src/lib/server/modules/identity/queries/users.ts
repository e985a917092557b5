import { and, eq, gt, lt } from 'drizzle-orm';
import type { StaffRole } from '../../../../domain/access/can';
import type { Db, Tx } from '../../../db/client';
import { memberships, sessions, users } from '../../../db/schema/index';

export type StaffUser = { id: string; email: string; name: string; organisationId: string; role: StaffRole };

export async function findUserByEmail(db: Db | Tx, email: string) {
	const rows = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
	return rows[0] ?? null;
}

/** The person's role in one organisation, if they have one there. */
export async function findMembership(db: Db | Tx, userId: string, organisationId: string) {
	const rows = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
	return rows[0] ?? null;
}

export async function insertSession(
	tx: Db | Tx,
	s: { tokenHash: string; userId: string; organisationId: string; expiresAt: Date; createdAt: Date }
) {
	await tx.insert(sessions).values(s);
}

export async function deleteSession(tx: Db | Tx, tokenHash: string) {
	await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db | Tx, now: Date) {
	await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The signed-in staff member behind a session token hash, if the session is still valid, with their role in the session's organisation. */
export async function findStaffBySession(db: Db | Tx, tokenHash: string, now: Date): Promise<StaffUser | null> {
	const rows = await db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			organisationId: memberships.organisationId,
			role: memberships.role
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.innerJoin(
			memberships,
			and(eq(memberships.userId, users.id), eq(memberships.organisationId, sessions.organisationId))
		)
		.where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
	return rows[0] ?? null;
}

/** A platform admin's session (they hold no role in the organisation; the session still belongs to one). */
export async function findPlatformAdminBySession(
	db: Db | Tx,
	tokenHash: string,
	now: Date
): Promise<{ id: string; name: string; organisationId: string } | null> {
	const rows = await db
		.select({ id: users.id, name: users.name, organisationId: sessions.organisationId })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isPlatformAdmin, true)));
	return rows[0] ?? null;
}

export async function isPlatformAdmin(db: Db | Tx, userId: string): Promise<boolean> {
	const rows = await db.select({ is: users.isPlatformAdmin }).from(users).where(eq(users.id, userId));
	return rows[0]?.is === true;
}
