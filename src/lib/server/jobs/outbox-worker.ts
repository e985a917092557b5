/**
 * @module The outbox worker: moves due notices into the outbox (`dispatchNotices`), then sends due mail and SMS after commit, retries failures with exponential backoff and
 * gives up (status `failed`, visible to staff) after a number of attempts.
 *
 * Claiming is one atomic statement: `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`
 * pushes `next_attempt_at` forward by a lease and counts the attempt, so a second worker (another process
 * on the same PostgreSQL server, or an overlapping call) does not see the message as due while it is being
 * sent. If the sender dies mid-batch the lease runs out and the message is tried again: delivery is at
 * least once, and never twice while a send is in progress.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/client';
import { outbox } from '../db/schema/index';
import { log as appLog } from '../log';
import type { Mailer } from './mailer';
import { dispatchNotices, maskRecipient } from '../modules/notifications/index';
import type { SmsSender } from './sms';

/** Who sends what: a channel without a sender is left queued (staff see it as not sent). */
export type Senders = { email?: Mailer | null; sms?: SmsSender | null };

const asSenders = (s: Mailer | Senders): Senders =>
	'send' in s && typeof s.send === 'function' ? { email: s as Mailer } : (s as Senders);

export type DeliveryOptions = {
	/** Messages claimed per round. */
	batch?: number;
	/** After this many attempts a message is marked `failed` and not tried again. */
	maxAttempts?: number;
	/** Per-message warnings (attempt failed). */
	log?: Pick<Logger, 'warn'>;
};

export type DeliveryResult = { sent: number; failed: number; retried: number };

/** How long a claimed message is hidden from other workers while it is being sent. */
export const CLAIM_LEASE_MS = 15 * 60_000;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_CAP_MS = 60 * 60_000;

/** Wait before the next try after `attempts` failed tries: 1 min, 2 min, 4 min … at most an hour. */
export function backoffMs(attempts: number): number {
	return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
}

/**
 * A short, storable description of a send error: the code and the first line of the message, with
 * credentials in URLs removed and addresses masked. Never the stack or the SMTP settings.
 */
export function describeSendError(e: unknown): string {
	const err = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; message?: unknown };
	const message = typeof err.message === 'string' ? err.message : String(e);
	const firstLine = message.split(/\r?\n/)[0].trim();
	const cleaned = firstLine
		.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1***@')
		.replace(/[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[a-z]{2,}/gi, (address) => maskRecipient(address));
	const code = typeof err.code === 'string' && !cleaned.includes(err.code) ? `${err.code}: ` : '';
	const text = `${code}${cleaned}` || 'unknown error';
	return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Claims up to `batch` due messages (of the channels that have a sender) and sends them one by one. */
export async function deliverDueMessages(
	db: Db,
	with_: Mailer | Senders,
	now: Date,
	options: DeliveryOptions = {}
): Promise<DeliveryResult> {
	const senders = asSenders(with_);
	const channels = (['email', 'sms'] as const).filter((c) => senders[c]);
	if (channels.length === 0) return { sent: 0, failed: 0, retried: 0 };
	const batch = options.batch ?? 20;
	const maxAttempts = options.maxAttempts ?? 6;
	const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
	const isDue = and(eq(outbox.status, 'pending'), inArray(outbox.channel, channels), lte(outbox.nextAttemptAt, now));

	const due = db
		.select({ id: outbox.id })
		.from(outbox)
		.where(isDue)
		.orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
		.limit(batch)
		.for('update', { skipLocked: true });
	const claimed = await db
		.update(outbox)
		.set({ nextAttemptAt: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
		// The outer conditions are checked again on the row as it is after any concurrent claim.
		.where(and(inArray(outbox.id, due), isDue))
		.returning();
	claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));

	const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
	for (const message of claimed) {
		// Only the holder of this lease may record the outcome.
		const ours = and(eq(outbox.id, message.id), eq(outbox.status, 'pending'), eq(outbox.nextAttemptAt, leaseUntil));
		try {
			if (message.channel === 'sms')
				await senders.sms!.send({ id: message.id, to: message.recipient, text: message.bodyText });
			else
				await senders.email!.send({
					id: message.id,
					to: message.recipient,
					subject: message.subject,
					text: message.bodyText,
					listUnsubscribe: message.unsubscribeUrl ?? undefined
				});
		} catch (e) {
			const lastError = describeSendError(e);
			// A number that can never take an SMS is not retried.
			const giveUp = message.attempts >= maxAttempts || (e as { code?: unknown } | null)?.code === 'EBADNUMBER';
			await db
				.update(outbox)
				.set(
					giveUp
						? { status: 'failed', lastError, nextAttemptAt: now }
						: { lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(message.attempts)) }
				)
				.where(ours);
			options.log?.warn(
				{
					outboxId: message.id,
					channel: message.channel,
					attempts: message.attempts,
					error: lastError,
					gaveUp: giveUp
				},
				'message not sent'
			);
			if (giveUp) result.failed++;
			else result.retried++;
			continue;
		}
		await db.update(outbox).set({ status: 'sent', sentAt: now, lastError: null, nextAttemptAt: now }).where(ours);
		result.sent++;
	}
	return result;
}

/**
 * Sends until nothing is due at `now` (failures wait for their backoff). For tests and the CLI. Queued notices
 * are written into the outbox first, without waiting for others to gather (`noticeGatherMs`, default 0).
 */
export async function drainOutbox(
	db: Db,
	mailer: Mailer | Senders,
	now: Date,
	options: DeliveryOptions & { noticeGatherMs?: number } = {}
): Promise<DeliveryResult> {
	await dispatchNotices(db, now, randomUUID, { gatherMs: options.noticeGatherMs ?? 0 });
	const total: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
	for (let round = 0; round < 10_000; round++) {
		const r = await deliverDueMessages(db, mailer, now, options);
		total.sent += r.sent;
		total.failed += r.failed;
		total.retried += r.retried;
		if (r.sent + r.failed + r.retried === 0) break;
	}
	return total;
}

export type OutboxWorker = { stop: () => Promise<void> };

export type OutboxWorkerOptions = {
	db: Db;
	mailer: Mailer | Senders;
	intervalMs?: number;
	log?: Pick<Logger, 'info' | 'warn' | 'error'>;
	batch?: number;
	maxAttempts?: number;
	/** The clock (tests). */
	now?: () => Date;
	/** How long a person's first queued notice waits for others to go with it as one digest. */
	noticeGatherMs?: number;
};

/**
 * Runs the outbox every `intervalMs`: batches never overlap, errors are logged and the next round comes as
 * usual. `stop()` waits for a batch in progress. The timer does not keep the process alive.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
	const { db, mailer, intervalMs = 2000, log = appLog, now = () => new Date() } = options;
	const batch = options.batch ?? 20;
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let inFlight: Promise<void> | null = null;

	async function round(): Promise<void> {
		try {
			// Notices due go into the outbox first, rendered in each person's language.
			const notices = await dispatchNotices(db, now(), randomUUID, { gatherMs: options.noticeGatherMs });
			if (notices > 0) log.info({ notices }, 'notices dispatched');
			// Full batches mean more may be due: keep going until a batch comes back short.
			for (;;) {
				const r = await deliverDueMessages(db, mailer, now(), { batch, maxAttempts: options.maxAttempts, log });
				if (r.sent + r.failed + r.retried > 0) log.info({ ...r }, 'outbox delivered');
				if (stopped || r.sent + r.failed + r.retried < batch) break;
			}
		} catch (e) {
			log.error({ err: e }, 'outbox round failed');
		}
	}

	function schedule(delay: number): void {
		if (stopped) return;
		timer = setTimeout(() => {
			timer = undefined;
			inFlight = round().finally(() => {
				inFlight = null;
				schedule(intervalMs);
			});
		}, delay);
		timer.unref?.();
	}

	schedule(0);
	return {
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			timer = undefined;
			await inFlight;
		}
	};
}
