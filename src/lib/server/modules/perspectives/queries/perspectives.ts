/**
 * @module Perspective rows ↔ domain. Contact and profile rows are written here but read only through
 * functions that say so in their name, so the record and the personal data stay apart.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Contact, Perspective, Profile } from '../../../../domain/perspective/perspective';
import type { Db, Tx } from '../../../db/client';
import {
	notices,
	perspectiveContacts,
	perspectiveProfiles,
	perspectives,
	processes,
	themes
} from '../../../db/schema/index';
import { forgetNoticeRecipients } from '../../notifications/queries/notices';

export type Theme = typeof themes.$inferSelect;

export async function listThemes(db: Db | Tx, processId: string): Promise<Theme[]> {
	return db.select().from(themes).where(eq(themes.processId, processId)).orderBy(asc(themes.name));
}

export async function isReceiptTaken(db: Db | Tx, receipt: string): Promise<boolean> {
	return (
		(await db.select({ id: perspectives.id }).from(perspectives).where(eq(perspectives.receipt, receipt))).length > 0
	);
}

export async function insertPerspective(
	tx: Tx,
	p: Perspective & { enteredByUserId?: string | null; interviewId?: string | null },
	personal: {
		contact: (Contact & { language?: string; consentText?: string }) | null;
		profile: Profile | null;
		consentedAt: Date;
	}
): Promise<void> {
	await tx
		.insert(perspectives)
		.values({ ...p, enteredByUserId: p.enteredByUserId ?? null, interviewId: p.interviewId ?? null });
	if (personal.contact)
		await tx
			.insert(perspectiveContacts)
			.values({ perspectiveId: p.id, ...personal.contact, consentedAt: personal.consentedAt });
	if (personal.profile)
		await tx
			.insert(perspectiveProfiles)
			.values({ perspectiveId: p.id, ...personal.profile, consentedAt: personal.consentedAt });
}

export type ReceiptView = {
	perspective: Pick<Perspective, 'text' | 'channel' | 'status' | 'hiddenReason' | 'receipt' | 'createdAt'>;
	theme: { name: string } | null;
	process: {
		slug: string;
		title: string;
		question: string;
		currentPhase: string;
		feedbackHow: string;
		organisationId: string;
	};
	hasContact: boolean;
};

/** What a contributor sees with their receipt code. Never the contact details themselves. */
export async function findByReceipt(db: Db | Tx, receipt: string): Promise<ReceiptView | null> {
	const rows = await db
		.select({
			text: perspectives.text,
			channel: perspectives.channel,
			status: perspectives.status,
			hiddenReason: perspectives.hiddenReason,
			receipt: perspectives.receipt,
			createdAt: perspectives.createdAt,
			themeName: themes.name,
			slug: processes.slug,
			title: processes.title,
			question: processes.question,
			currentPhase: processes.currentPhase,
			feedbackHow: processes.feedbackHow,
			organisationId: processes.organisationId,
			hasContact: sql<boolean>`exists (select 1 from ${perspectiveContacts} where ${perspectiveContacts.perspectiveId} = ${perspectives.id})`
		})
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.leftJoin(themes, eq(themes.id, perspectives.themeId))
		.where(eq(perspectives.receipt, receipt));
	const r = rows[0];
	if (!r) return null;
	return {
		perspective: {
			text: r.text,
			channel: r.channel,
			status: r.status,
			hiddenReason: r.hiddenReason,
			receipt: r.receipt,
			createdAt: r.createdAt
		},
		theme: r.themeName ? { name: r.themeName } : null,
		process: {
			slug: r.slug,
			title: r.title,
			question: r.question,
			currentPhase: r.currentPhase,
			feedbackHow: r.feedbackHow,
			organisationId: r.organisationId
		},
		hasContact: Boolean(r.hasContact)
	};
}

export async function countPerspectives(db: Db | Tx, processId: string): Promise<{ visible: number; hidden: number }> {
	const rows = await db
		.select({ status: perspectives.status, n: sql<number>`count(*)::int` })
		.from(perspectives)
		.where(eq(perspectives.processId, processId))
		.groupBy(perspectives.status);
	return {
		visible: rows.find((r) => r.status === 'visible')?.n ?? 0,
		hidden: rows.find((r) => r.status === 'hidden')?.n ?? 0
	};
}

/** How many perspectives each theme holds (`themeId` null: not themed yet), hidden ones included. */
export async function countPerspectivesByTheme(
	db: Db | Tx,
	processId: string
): Promise<{ themeId: string | null; n: number }[]> {
	return db
		.select({ themeId: perspectives.themeId, n: sql<number>`count(*)::int` })
		.from(perspectives)
		.where(eq(perspectives.processId, processId))
		.groupBy(perspectives.themeId);
}

export type StaffPerspectiveRow = Perspective & { themeName: string | null };

/** All perspectives of a process for staff, newest first; optionally one theme ('none' = no theme yet). */
export async function listPerspectivesForStaff(
	db: Db | Tx,
	processId: string,
	theme?: string | 'none'
): Promise<StaffPerspectiveRow[]> {
	const rows = await db
		.select({ p: perspectives, themeName: themes.name })
		.from(perspectives)
		.leftJoin(themes, eq(themes.id, perspectives.themeId))
		.where(
			and(
				eq(perspectives.processId, processId),
				// Restricted after an erasure request (kept under the records plan): not in ordinary views.
				sql`not exists (select 1 from restrictions r where r.record_type = 'perspectiveText' and r.record_id = ${perspectives.id}::text)`,
				theme === undefined
					? undefined
					: theme === 'none'
						? isNull(perspectives.themeId)
						: eq(perspectives.themeId, theme)
			)
		)
		.orderBy(sql`${perspectives.createdAt} desc`, perspectives.id);
	// Everything staff see of the record; who typed it in stays in the audit log.
	return rows.map(({ p: { enteredByUserId: _by, ...p }, themeName }) => ({ ...p, themeName }));
}

export async function findPerspectiveInProcess(db: Db | Tx, processId: string, id: string) {
	const rows = await db
		.select()
		.from(perspectives)
		.where(and(eq(perspectives.processId, processId), eq(perspectives.id, id)));
	return rows[0] ?? null;
}

export async function updatePerspectiveHarvest(
	tx: Tx,
	id: string,
	changes: Partial<{
		themeId: string | null;
		isQuote: boolean;
		status: 'visible' | 'hidden';
		hiddenReason: string | null;
	}>
) {
	await tx.update(perspectives).set(changes).where(eq(perspectives.id, id));
}

/** The contributor's own personal data, for their receipt page and download. Read only with the receipt code. */
export async function findPersonalDataOfPerspective(
	db: Db | Tx,
	perspectiveId: string
): Promise<{
	contact: (Contact & { consentedAt: Date; unsubscribedAt: Date | null }) | null;
	profile: (Profile & { consentedAt: Date }) | null;
}> {
	const [contact] = await db
		.select()
		.from(perspectiveContacts)
		.where(eq(perspectiveContacts.perspectiveId, perspectiveId));
	const [profile] = await db
		.select()
		.from(perspectiveProfiles)
		.where(eq(perspectiveProfiles.perspectiveId, perspectiveId));
	return {
		contact: contact
			? {
					email: contact.email,
					phone: contact.phone,
					consentedAt: contact.consentedAt,
					unsubscribedAt: contact.unsubscribedAt
				}
			: null,
		profile: profile
			? { ageBand: profile.ageBand, area: profile.area, relation: profile.relation, consentedAt: profile.consentedAt }
			: null
	};
}

/** Removes a perspective's contact details and self-description. Returns how many rows went. */
export async function deletePersonalDataOfPerspective(tx: Tx, perspectiveId: string): Promise<number> {
	const contacts = await tx
		.delete(perspectiveContacts)
		.where(eq(perspectiveContacts.perspectiveId, perspectiveId))
		.returning({
			id: perspectiveContacts.perspectiveId,
			email: perspectiveContacts.email,
			phone: perspectiveContacts.phone
		});
	// News queued or sent to the address goes with it.
	await forgetNoticeRecipients(tx, contacts);
	const profiles = await tx
		.delete(perspectiveProfiles)
		.where(eq(perspectiveProfiles.perspectiveId, perspectiveId))
		.returning({ id: perspectiveProfiles.perspectiveId });
	return contacts.length + profiles.length;
}

export async function findPerspectiveByReceipt(db: Db | Tx, receipt: string) {
	const rows = await db
		.select({
			id: perspectives.id,
			processId: perspectives.processId,
			text: perspectives.text,
			status: perspectives.status,
			organisationId: processes.organisationId
		})
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(eq(perspectives.receipt, receipt));
	return rows[0] ?? null;
}

export async function markPerspectiveWithdrawn(tx: Tx, id: string, text: string, at: Date): Promise<void> {
	await tx
		.update(perspectives)
		.set({ status: 'withdrawn', text, isQuote: false, withdrawnAt: at })
		.where(eq(perspectives.id, id));
}

/** Removes the contact details of every perspective in a process (the profile stays: it is aggregate input). */
export async function deleteContactsOfProcess(tx: Tx, processId: string): Promise<number> {
	const ids = tx.select({ id: perspectives.id }).from(perspectives).where(eq(perspectives.processId, processId));
	const removed = await tx
		.delete(perspectiveContacts)
		.where(inArray(perspectiveContacts.perspectiveId, ids))
		.returning({ id: perspectiveContacts.perspectiveId });
	await tx.delete(notices).where(eq(notices.processId, processId));
	return removed.length;
}
