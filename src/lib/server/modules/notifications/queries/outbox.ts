/**
 * @module The outbox: messages (mail and SMS) written in the same transaction as the change that
 * causes them and sent after commit by the outbox worker. A rolled-back change therefore sends nothing, and
 * the unique dedupe key makes enqueueing idempotent: one event never reaches one person twice.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { outbox } from '../../../db/schema/index';

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export type NewOutboxMessage = {
	id: string;
	organisationId: string;
	channel: 'email' | 'sms';
	/** One key per event and person, e.g. `perspective.receipt:<perspectiveId>:<email>`. */
	dedupeKey: string;
	recipient: string;
	subject: string;
	bodyText: string;
	/** Where the recipient stops further messages (mail gets it as `List-Unsubscribe`). */
	unsubscribeUrl?: string;
	now: Date;
};

/**
 * Queues a message inside the caller's transaction. Returns false when a message with the same dedupe key
 * already exists (nothing is changed then).
 */
export async function enqueueMessage(tx: Tx, msg: NewOutboxMessage): Promise<boolean> {
	const inserted = await tx
		.insert(outbox)
		.values({
			id: msg.id,
			organisationId: msg.organisationId,
			channel: msg.channel,
			dedupeKey: msg.dedupeKey,
			recipient: msg.recipient,
			subject: msg.subject,
			bodyText: msg.bodyText,
			unsubscribeUrl: msg.unsubscribeUrl ?? null,
			status: 'pending',
			attempts: 0,
			nextAttemptAt: msg.now,
			createdAt: msg.now
		})
		.onConflictDoNothing({ target: outbox.dedupeKey })
		.returning({ id: outbox.id });
	return inserted.length > 0;
}

/** Why a message that was never sent was stopped: its recipient's details were removed under a retention rule. */
export const RECIPIENT_REMOVED = 'Mottagarens uppgifter är borttagna.';

/**
 * Forgets who some messages went to: the recipient and the body (which may hold a name or a personal link)
 * are emptied, the subject and delivery status stay. Messages not yet sent are stopped. Returns how many.
 */
export async function forgetRecipients(tx: Tx, dedupeKeys: string[]): Promise<number> {
	let changed = 0;
	for (let i = 0; i < dedupeKeys.length; i += 500) {
		const keys = dedupeKeys.slice(i, i + 500);
		await tx
			.update(outbox)
			.set({ status: 'failed', lastError: RECIPIENT_REMOVED })
			.where(and(inArray(outbox.dedupeKey, keys), eq(outbox.status, 'pending')));
		const rows = await tx
			.update(outbox)
			.set({ recipient: '', bodyText: '' })
			.where(inArray(outbox.dedupeKey, keys))
			.returning({ id: outbox.id });
		changed += rows.length;
	}
	return changed;
}

/** An outbox row as staff see it: the recipient is masked and the body is left out. */
export type OutboxEntry = {
	id: string;
	channel: 'email' | 'sms';
	recipientMasked: string;
	subject: string;
	status: OutboxStatus;
	attempts: number;
	lastError: string | null;
	createdAt: Date;
	nextAttemptAt: Date;
	sentAt: Date | null;
};

/** The organisation's messages, newest first, for the staff delivery page. */
export async function listOutbox(
	db: Db,
	organisationId: string,
	options: { limit?: number } = {}
): Promise<OutboxEntry[]> {
	const rows = await db
		.select({
			id: outbox.id,
			channel: outbox.channel,
			recipient: outbox.recipient,
			subject: outbox.subject,
			status: outbox.status,
			attempts: outbox.attempts,
			lastError: outbox.lastError,
			createdAt: outbox.createdAt,
			nextAttemptAt: outbox.nextAttemptAt,
			sentAt: outbox.sentAt
		})
		.from(outbox)
		.where(
			and(
				eq(outbox.organisationId, organisationId),
				// Restricted after an erasure request (kept under the records plan): not in ordinary views.
				sql`not exists (select 1 from restrictions r where r.record_type = 'messages' and r.record_id = ${outbox.id}::text)`
			)
		)
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(options.limit ?? 200);
	return rows.map(({ recipient, ...rest }) => ({ ...rest, recipientMasked: maskRecipient(recipient) }));
}

/** How many of the organisation's messages are pending, sent and failed. */
export async function countOutbox(db: Db, organisationId: string): Promise<Record<OutboxStatus, number>> {
	const rows = await db
		.select({ status: outbox.status, n: sql<number>`count(*)::int` })
		.from(outbox)
		.where(eq(outbox.organisationId, organisationId))
		.groupBy(outbox.status);
	const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
	for (const r of rows) counts[r.status] = Number(r.n);
	return counts;
}

/**
 * Shows enough of an address to recognise it, not enough to harvest it: `bo***@example.se`,
 * a phone number as `***12`.
 */
export function maskRecipient(recipient: string): string {
	const at = recipient.lastIndexOf('@');
	if (at > 0) {
		const local = recipient.slice(0, at);
		return `${local.slice(0, local.length > 2 ? 2 : 1)}***${recipient.slice(at)}`;
	}
	const compact = recipient.replace(/\s+/g, '');
	return compact.length > 4 ? `***${compact.slice(-2)}` : '***';
}
