import { and, eq, gt, lt } from 'drizzle-orm';
import type { StaffRole } from '../../../domain/access/can';
import type { Db, Tx } from '../client';
import { memberships, sessions, users } from '../schema/index';

export type StaffUser = { id: string; email: string; name: string; organisationId: string; role: StaffRole };

export async function findUserByEmail(db: Db | Tx, email: string) {
	const rows = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
	return rows[0] ?? null;
}

export async function findMembership(db: Db | Tx, userId: string) {
	const rows = await db.select().from(memberships).where(eq(memberships.userId, userId));
	return rows[0] ?? null;
}

export async function insertSession(tx: Db | Tx, s: { tokenHash: string; userId: string; expiresAt: Date; createdAt: Date }) {
	await tx.insert(sessions).values(s);
}

export async function deleteSession(tx: Db | Tx, tokenHash: string) {
	await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db | Tx, now: Date) {
	await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The signed-in staff member behind a session token hash, if the session is still valid. */
export async function findStaffBySession(db: Db | Tx, tokenHash: string, now: Date): Promise<StaffUser | null> {
	const rows = await db
		.select({ id: users.id, email: users.email, name: users.name, organisationId: memberships.organisationId, role: memberships.role })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.innerJoin(memberships, eq(memberships.userId, users.id))
		.where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
	return rows[0] ?? null;
}
