/**
 * @module Who in a process has asked to hear back: contact details grouped per person, for counting what a
 * step will send. Only counts leave the use cases that read these; the addresses stay with the outbox.
 */
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { outbox, perspectiveContacts, perspectives } from '../../../db/schema/index';
import { groupContacts } from '../../decision/queries/decisions';

/**
 * Everyone who left a contact with a perspective in the process (not withdrawn) and has not unsubscribed,
 * one entry per email address (or, without one, phone number), as `groupContacts` merges them.
 */
export async function listProcessContacts(
	db: Db | Tx,
	processId: string
): Promise<{ email: string | null; phone: string | null; receipts: string[] }[]> {
	const rows = await db
		.select({ email: perspectiveContacts.email, phone: perspectiveContacts.phone, receipt: perspectives.receipt })
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.where(
			and(
				eq(perspectives.processId, processId),
				ne(perspectives.status, 'withdrawn'),
				isNull(perspectiveContacts.unsubscribedAt)
			)
		)
		.orderBy(asc(perspectives.createdAt), asc(perspectives.id));
	return groupContacts(rows);
}

/** The key `groupContacts` groups a person by (its entries are already normalised). */
export const contactKey = (c: { email: string | null; phone: string | null }): string =>
	c.email ? `e:${c.email}` : `p:${c.phone ?? ''}`;

/** Which of these outbox keys are taken already: messages queued (or sent) before for the same event and person. */
export async function findQueuedKeys(db: Db | Tx, dedupeKeys: string[]): Promise<Set<string>> {
	if (dedupeKeys.length === 0) return new Set();
	const rows = await db.select({ key: outbox.dedupeKey }).from(outbox).where(inArray(outbox.dedupeKey, dedupeKeys));
	return new Set(rows.map((r) => r.key));
}
