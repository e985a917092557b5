/**
 * @module The organisation's staff: who holds which role, and which processes each facilitator runs.
 */
import { and, eq } from 'drizzle-orm';
import type { StaffRole } from '../../../../domain/access/can';
import type { Db, Tx } from '../../../db/client';
import { memberships, processes, processFacilitators, users } from '../../../db/schema/index';

export type StaffListing = { userId: string; name: string; email: string; role: StaffRole; processIds: string[] };

export async function listStaff(db: Db | Tx, organisationId: string): Promise<StaffListing[]> {
	const rows = await db
		.select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.organisationId, organisationId));
	const assigned = await db
		.select({ userId: processFacilitators.userId, processId: processFacilitators.processId })
		.from(processFacilitators)
		.innerJoin(processes, eq(processes.id, processFacilitators.processId))
		.where(eq(processes.organisationId, organisationId));
	const collator = new Intl.Collator('sv');
	return rows
		.map((r) => ({ ...r, processIds: assigned.filter((a) => a.userId === r.userId).map((a) => a.processId) }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** Whether the person is one of the facilitators of this process (of this organisation). */
export async function isFacilitatorOf(
	db: Db | Tx,
	organisationId: string,
	slug: string,
	userId: string
): Promise<boolean> {
	const rows = await db
		.select({ userId: processFacilitators.userId })
		.from(processFacilitators)
		.innerJoin(processes, eq(processes.id, processFacilitators.processId))
		.where(
			and(
				eq(processes.organisationId, organisationId),
				eq(processes.slug, slug),
				eq(processFacilitators.userId, userId)
			)
		);
	return rows.length > 0;
}

export async function assignFacilitator(tx: Db | Tx, processId: string, userId: string, at: Date): Promise<void> {
	await tx.insert(processFacilitators).values({ processId, userId, assignedAt: at }).onConflictDoNothing();
}

/** The next loop of a process is run by the same facilitators. */
export async function copyFacilitators(
	tx: Db | Tx,
	fromProcessId: string,
	toProcessId: string,
	at: Date
): Promise<void> {
	const rows = await tx
		.select({ userId: processFacilitators.userId })
		.from(processFacilitators)
		.where(eq(processFacilitators.processId, fromProcessId));
	for (const { userId } of rows) await assignFacilitator(tx, toProcessId, userId, at);
}

export async function replaceFacilitatorProcesses(
	tx: Tx,
	organisationId: string,
	userId: string,
	processIds: string[],
	at: Date
): Promise<void> {
	const own = await tx.select({ id: processes.id }).from(processes).where(eq(processes.organisationId, organisationId));
	for (const { id } of own)
		await tx
			.delete(processFacilitators)
			.where(and(eq(processFacilitators.processId, id), eq(processFacilitators.userId, userId)));
	for (const id of processIds) await assignFacilitator(tx, id, userId, at);
}

export async function insertMembership(
	tx: Db | Tx,
	m: { userId: string; organisationId: string; role: StaffRole }
): Promise<void> {
	await tx.insert(memberships).values(m);
}

export async function updateMembershipRole(
	tx: Db | Tx,
	organisationId: string,
	userId: string,
	role: StaffRole
): Promise<void> {
	await tx
		.update(memberships)
		.set({ role })
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

export async function deleteMembership(tx: Db | Tx, organisationId: string, userId: string): Promise<void> {
	await tx
		.delete(memberships)
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}
