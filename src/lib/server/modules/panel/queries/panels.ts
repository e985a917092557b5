/**
 * @module Panels, their pool, lotteries and invitations. The pool is read without personal data; the
 * functions that read names and addresses say so in their names (`…Contacts`).
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ComputedLottery, DrawOutcome, PoolMember } from '../../../../domain/panel/draw';
import type { Panel } from '../../../../domain/panel/panel';
import { normaliseEmail, type VolunteerContact } from '../../../../domain/panel/volunteers';
import type { Db, Tx } from '../../../db/client';
import {
	panelDraws,
	panelInvitations,
	panels,
	panelVolunteerContacts,
	panelVolunteers,
	processes
} from '../../../db/schema/index';

export async function findPanel(db: Db | Tx, processId: string): Promise<Panel | null> {
	const rows = await db.select().from(panels).where(eq(panels.processId, processId));
	return rows[0] ?? null;
}

/** The organisation a panel belongs to (for audit events written by the system). */
export async function findPanelOrganisation(db: Db | Tx, panelId: string): Promise<string> {
	const [row] = await db
		.select({ organisationId: processes.organisationId })
		.from(panels)
		.innerJoin(processes, eq(processes.id, panels.processId))
		.where(eq(panels.id, panelId));
	return row.organisationId;
}

/** The panel row locked for the rest of the transaction (so volunteer codes are handed out one at a time). */
export async function lockPanel(tx: Tx, panelId: string): Promise<void> {
	await tx.select({ id: panels.id }).from(panels).where(eq(panels.id, panelId)).for('update');
}

export async function insertPanel(tx: Tx, panel: Panel): Promise<void> {
	await tx.insert(panels).values(panel);
}

export async function savePanel(tx: Tx, panel: Panel): Promise<void> {
	const { id, processId: _p, createdAt: _c, ...changes } = panel;
	await tx.update(panels).set(changes).where(eq(panels.id, id));
}

export type PoolRow = PoolMember & { id: string; source: 'import' | 'form' };

/** The pool in the order people joined it: codes and answers only. */
export async function listPool(db: Db | Tx, panelId: string): Promise<PoolRow[]> {
	const rows = await db
		.select()
		.from(panelVolunteers)
		.where(eq(panelVolunteers.panelId, panelId))
		.orderBy(asc(panelVolunteers.code));
	return rows.map((r) => ({ id: r.id, code: r.code, values: r.values, household: r.householdKey, source: r.source }));
}

export async function countPool(db: Db | Tx, panelId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(panelVolunteers)
		.where(eq(panelVolunteers.panelId, panelId));
	return Number(row?.n ?? 0);
}

export type NewVolunteer = {
	id: string;
	code: string;
	values: Record<string, string>;
	householdKey: string | null;
	source: 'import' | 'form';
	createdAt: Date;
};

export type NewVolunteerContact = VolunteerContact & {
	consentedAt: Date;
	consentVersion: string;
	importedByUserId: string | null;
};

/** Adds volunteers to the pool, their answers and their contact details in their two tables (one statement each). */
export async function insertVolunteers(
	tx: Tx,
	panelId: string,
	rows: { volunteer: NewVolunteer; contact: NewVolunteerContact }[]
): Promise<void> {
	if (rows.length === 0) return;
	await tx.insert(panelVolunteers).values(rows.map((r) => ({ ...r.volunteer, panelId })));
	await tx.insert(panelVolunteerContacts).values(rows.map((r) => ({ volunteerId: r.volunteer.id, ...r.contact })));
}

/** Normalised emails already in the pool (to refuse the same person twice). Personal data. */
export async function listPoolEmailsForContacts(db: Db | Tx, panelId: string): Promise<Set<string>> {
	const rows = await db
		.select({ email: panelVolunteerContacts.email })
		.from(panelVolunteerContacts)
		.innerJoin(panelVolunteers, eq(panelVolunteers.id, panelVolunteerContacts.volunteerId))
		.where(eq(panelVolunteers.panelId, panelId));
	return new Set(rows.map((r) => normaliseEmail(r.email)));
}

/** Names and contact details of some volunteers, by volunteer id. Personal data: admin and facilitator only. */
export async function readVolunteerContacts(
	db: Db | Tx,
	volunteerIds: string[]
): Promise<Map<string, VolunteerContact & { consentedAt: Date; consentVersion: string }>> {
	if (volunteerIds.length === 0) return new Map();
	const rows = await db
		.select()
		.from(panelVolunteerContacts)
		.where(inArray(panelVolunteerContacts.volunteerId, volunteerIds));
	return new Map(
		rows.map((r) => [
			r.volunteerId,
			{
				name: r.name,
				email: r.email,
				phone: r.phone,
				address: r.address,
				consentedAt: r.consentedAt,
				consentVersion: r.consentVersion
			}
		])
	);
}

/** Volunteers of a panel whose name and contact details are still stored (ids only). */
export async function listVolunteersWithContacts(db: Db | Tx, panelId: string): Promise<string[]> {
	const rows = await db
		.select({ id: panelVolunteerContacts.volunteerId })
		.from(panelVolunteerContacts)
		.innerJoin(panelVolunteers, eq(panelVolunteers.id, panelVolunteerContacts.volunteerId))
		.where(eq(panelVolunteers.panelId, panelId));
	return rows.map((r) => r.id);
}

/** Removes volunteers' names, contact details and addresses; their code and answers stay in the pool. */
export async function deleteVolunteerContacts(tx: Tx, volunteerIds: string[]): Promise<number> {
	let removed = 0;
	for (let i = 0; i < volunteerIds.length; i += 500) {
		const rows = await tx
			.delete(panelVolunteerContacts)
			.where(inArray(panelVolunteerContacts.volunteerId, volunteerIds.slice(i, i + 500)))
			.returning({ id: panelVolunteerContacts.volunteerId });
		removed += rows.length;
	}
	return removed;
}

export type DrawRow = typeof panelDraws.$inferSelect;

/** The draw in force: the newest that is not superseded. */
export async function findCurrentDraw(db: Db | Tx, panelId: string): Promise<DrawRow | null> {
	const rows = await db
		.select()
		.from(panelDraws)
		.where(and(eq(panelDraws.panelId, panelId), isNull(panelDraws.supersededAt)))
		.orderBy(desc(panelDraws.requestedAt))
		.limit(1);
	return rows[0] ?? null;
}

export async function findDraw(db: Db | Tx, id: string): Promise<DrawRow | null> {
	const rows = await db.select().from(panelDraws).where(eq(panelDraws.id, id));
	return rows[0] ?? null;
}

/** Every draw of a panel, newest first, superseded ones included. */
export async function listDraws(db: Db | Tx, panelId: string): Promise<DrawRow[]> {
	return db.select().from(panelDraws).where(eq(panelDraws.panelId, panelId)).orderBy(desc(panelDraws.requestedAt));
}

/** Draws still computing and not superseded, in every organisation: a stopped server left them so. */
export async function listDrawsLeftComputing(db: Db | Tx): Promise<string[]> {
	const rows = await db
		.select({ id: panelDraws.id })
		.from(panelDraws)
		.where(and(eq(panelDraws.status, 'computing'), isNull(panelDraws.supersededAt)));
	return rows.map((r) => r.id);
}

export async function insertDraw(tx: Tx, row: typeof panelDraws.$inferInsert): Promise<void> {
	await tx.insert(panelDraws).values(row);
}

/** Stores a computed lottery; only a row still computing changes (a second worker changes nothing). */
export async function completeDraw(tx: Tx, id: string, lottery: ComputedLottery, at: Date): Promise<boolean> {
	const rows = await tx
		.update(panelDraws)
		.set({ status: 'computed', lottery, computedAt: at })
		.where(and(eq(panelDraws.id, id), eq(panelDraws.status, 'computing')))
		.returning({ id: panelDraws.id });
	return rows.length > 0;
}

export async function failDraw(tx: Tx, id: string, failure: string, at: Date): Promise<boolean> {
	const rows = await tx
		.update(panelDraws)
		.set({ status: 'failed', failure, computedAt: at })
		.where(and(eq(panelDraws.id, id), eq(panelDraws.status, 'computing')))
		.returning({ id: panelDraws.id });
	return rows.length > 0;
}

/** Records the draw. Only a computed, undrawn, current lottery can be drawn: a result is never overwritten. */
export async function markDrawn(
	tx: Tx,
	id: string,
	seed: string,
	outcome: DrawOutcome,
	userId: string | null,
	at: Date
): Promise<boolean> {
	const rows = await tx
		.update(panelDraws)
		.set({ status: 'drawn', seed, outcome, drawnByUserId: userId, drawnAt: at })
		.where(
			and(
				eq(panelDraws.id, id),
				eq(panelDraws.status, 'computed'),
				isNull(panelDraws.seed),
				isNull(panelDraws.supersededAt)
			)
		)
		.returning({ id: panelDraws.id });
	return rows.length > 0;
}

export async function supersedeDraw(tx: Tx, id: string, reason: string, at: Date): Promise<boolean> {
	const rows = await tx
		.update(panelDraws)
		.set({ supersededAt: at, supersededReason: reason })
		.where(and(eq(panelDraws.id, id), isNull(panelDraws.supersededAt)))
		.returning({ id: panelDraws.id });
	return rows.length > 0;
}

/** Lotteries still being computed (to pick up again after a restart). */
export async function listComputingDraws(db: Db | Tx): Promise<string[]> {
	const rows = await db.select({ id: panelDraws.id }).from(panelDraws).where(eq(panelDraws.status, 'computing'));
	return rows.map((r) => r.id);
}

export type InvitationRow = typeof panelInvitations.$inferSelect;

export async function listInvitations(db: Db | Tx, drawId: string): Promise<InvitationRow[]> {
	return db
		.select()
		.from(panelInvitations)
		.where(eq(panelInvitations.drawId, drawId))
		.orderBy(asc(panelInvitations.invitedAt), asc(panelInvitations.id));
}

/** Inserts an invitation unless this person already has one for this draw; true when inserted. */
export async function insertInvitation(tx: Tx, row: typeof panelInvitations.$inferInsert): Promise<boolean> {
	const rows = await tx
		.insert(panelInvitations)
		.values(row)
		.onConflictDoNothing()
		.returning({ id: panelInvitations.id });
	return rows.length > 0;
}

/** An invitation by its token hash, with what the reply page shows (no personal data). */
export async function findInvitationByToken(db: Db | Tx, tokenSha256: string) {
	const rows = await db
		.select({
			invitation: panelInvitations,
			panelName: panels.name,
			organisationId: processes.organisationId,
			processSlug: processes.slug,
			processTitle: processes.title,
			processQuestion: processes.question,
			supersededAt: panelDraws.supersededAt
		})
		.from(panelInvitations)
		.innerJoin(panelDraws, eq(panelDraws.id, panelInvitations.drawId))
		.innerJoin(panels, eq(panels.id, panelDraws.panelId))
		.innerJoin(processes, eq(processes.id, panels.processId))
		.where(eq(panelInvitations.tokenSha256, tokenSha256));
	return rows[0] ?? null;
}

export async function respondToInvitation(
	tx: Tx,
	id: string,
	status: 'accepted' | 'declined',
	at: Date
): Promise<boolean> {
	const rows = await tx
		.update(panelInvitations)
		.set({ status, respondedAt: at })
		.where(and(eq(panelInvitations.id, id), eq(panelInvitations.status, 'invited')))
		.returning({ id: panelInvitations.id });
	return rows.length > 0;
}
