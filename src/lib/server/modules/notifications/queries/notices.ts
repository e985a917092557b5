/**
 * @module Notices: news about a process for each person who asked for it, one row per event, person and
 * channel (unique), rendered and moved into the outbox by the dispatcher. A person is everyone who left a
 * contact with the same email address (or, without email, the same phone number) in the organisation.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
	notices,
	perspectiveContacts,
	perspectives,
	processes,
	proposalPerspectives,
	proposalThemes
} from '../../../db/schema/index';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '');

/** A short, stable key for an address: groups a person's notices without reading the address. */
export const recipientKeyOf = (channel: 'email' | 'sms', address: string) =>
	createHash('sha256')
		.update(`${channel}:${channel === 'email' ? normaliseEmail(address) : normalisePhone(address)}`)
		.digest('hex')
		.slice(0, 32);

/** One person who left a contact in a process and has not stopped messages. */
export type ProcessContact = {
	email: string | null;
	phone: string | null;
	/** The language of their latest contribution. */
	language: string;
	/** Their receipt codes in the process, oldest first. */
	receipts: string[];
	perspectiveIds: string[];
};

/** Everyone in the process who asked for news (a contact, not unsubscribed), one entry per person. */
export async function listProcessContacts(db: Db | Tx, processId: string): Promise<ProcessContact[]> {
	const rows = await db
		.select({
			id: perspectives.id,
			email: perspectiveContacts.email,
			phone: perspectiveContacts.phone,
			language: perspectiveContacts.language,
			receipt: perspectives.receipt
		})
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.where(
			and(
				eq(perspectives.processId, processId),
				isNull(perspectives.withdrawnAt),
				isNull(perspectiveContacts.unsubscribedAt)
			)
		)
		.orderBy(asc(perspectives.createdAt), asc(perspectives.id));
	const byKey = new Map<string, ProcessContact>();
	for (const r of rows) {
		const email = r.email ? normaliseEmail(r.email) : null;
		const phone = r.phone ? normalisePhone(r.phone) : null;
		const key = email ? `e:${email}` : phone ? `p:${phone}` : null;
		if (!key) continue;
		const entry = byKey.get(key) ?? { email, phone, language: r.language, receipts: [], perspectiveIds: [] };
		entry.phone ??= phone;
		entry.language = r.language;
		entry.receipts.push(r.receipt);
		entry.perspectiveIds.push(r.id);
		byKey.set(key, entry);
	}
	return [...byKey.values()];
}

/** For each perspective, the proposals (of those given) that grew from it: directly or through its theme. */
export async function proposalsByPerspective(
	db: Db | Tx,
	processId: string,
	proposalIds: string[]
): Promise<Map<string, string[]>> {
	const out = new Map<string, string[]>();
	if (proposalIds.length === 0) return out;
	const add = (perspectiveId: string, proposalId: string) => {
		const list = out.get(perspectiveId) ?? [];
		if (!list.includes(proposalId)) list.push(proposalId);
		out.set(perspectiveId, list);
	};
	const direct = await db
		.select({ perspectiveId: proposalPerspectives.perspectiveId, proposalId: proposalPerspectives.proposalId })
		.from(proposalPerspectives)
		.where(inArray(proposalPerspectives.proposalId, proposalIds));
	for (const r of direct) add(r.perspectiveId, r.proposalId);
	const viaTheme = await db
		.select({ perspectiveId: perspectives.id, proposalId: proposalThemes.proposalId })
		.from(perspectives)
		.innerJoin(proposalThemes, eq(proposalThemes.themeId, perspectives.themeId))
		.where(and(eq(perspectives.processId, processId), inArray(proposalThemes.proposalId, proposalIds)));
	for (const r of viaTheme) add(r.perspectiveId, r.proposalId);
	return out;
}

export type NewNotice = typeof notices.$inferInsert;

/** Queues one notice; false when this event already reached this person on this channel. */
export async function insertNotice(tx: Tx, notice: NewNotice): Promise<boolean> {
	const rows = await tx
		.insert(notices)
		.values(notice)
		.onConflictDoNothing({ target: [notices.eventKey, notices.channel, notices.recipientKey] })
		.returning({ id: notices.id });
	return rows.length > 0;
}

export type PendingNotice = typeof notices.$inferSelect;

/** Notices not yet dispatched, oldest first. */
export async function listPendingNotices(db: Db | Tx, limit = 10_000): Promise<PendingNotice[]> {
	return db
		.select()
		.from(notices)
		.where(isNull(notices.dispatchedAt))
		.orderBy(asc(notices.createdAt), asc(notices.id))
		.limit(limit);
}

/**
 * Who got a digest (one message for several notices) after `since`: `<organisation>:<channel>:<recipient key>`
 * of each. One query per round, however many notices wait.
 */
export async function listDigestRecipientsSince(db: Db | Tx, since: Date): Promise<Set<string>> {
	const rows = await db
		.select({ organisationId: notices.organisationId, channel: notices.channel, key: notices.recipientKey })
		.from(notices)
		.where(and(isNotNull(notices.outboxId), gt(notices.dispatchedAt, since)))
		.groupBy(notices.organisationId, notices.channel, notices.recipientKey, notices.outboxId)
		.having(sql`count(*) > 1`);
	return new Set(rows.map((r) => `${r.organisationId}:${r.channel}:${r.key}`));
}

/** Whether someone with this address in the organisation still wants news (has a contact not unsubscribed). */
export async function stillSubscribed(
	db: Db | Tx,
	organisationId: string,
	channel: 'email' | 'sms',
	address: string
): Promise<boolean> {
	const matches =
		channel === 'email'
			? sql`lower(trim(${perspectiveContacts.email})) = ${normaliseEmail(address)}`
			: sql`regexp_replace(${perspectiveContacts.phone}, '[\\s-]', '', 'g') = ${normalisePhone(address)}`;
	const rows = await db
		.select({ id: perspectiveContacts.perspectiveId })
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(and(eq(processes.organisationId, organisationId), isNull(perspectiveContacts.unsubscribedAt), matches))
		.limit(1);
	return rows.length > 0;
}

/** Marks notices as dispatched (into the outbox message `outboxId`, or dropped when null). */
export async function markDispatched(tx: Tx | Db, ids: string[], outboxId: string | null, now: Date) {
	if (ids.length === 0) return;
	await tx.update(notices).set({ dispatchedAt: now, outboxId }).where(inArray(notices.id, ids));
}

/** How many notices wait to be dispatched, per organisation (for the staff inbox and delivery page). */
export async function countQueuedNotices(db: Db, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(notices)
		.where(and(eq(notices.organisationId, organisationId), isNull(notices.dispatchedAt)));
	return Number(row?.n ?? 0);
}

/** Removes queued and past notices to the given addresses (their contact details are being removed). */
export async function forgetNoticeRecipients(tx: Tx, contacts: { email: string | null; phone: string | null }[]) {
	const keys = contacts.flatMap((c) => [
		...(c.email ? [recipientKeyOf('email', c.email)] : []),
		...(c.phone ? [recipientKeyOf('sms', c.phone)] : [])
	]);
	if (keys.length === 0) return;
	for (let i = 0; i < keys.length; i += 500)
		await tx.delete(notices).where(inArray(notices.recipientKey, keys.slice(i, i + 500)));
}
