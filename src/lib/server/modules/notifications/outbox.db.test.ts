import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { organisations, outbox } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { parseMail, startSmtp, type TestSmtp } from '../../testing/smtp-server';
import { createMailer, type Mailer } from '../../jobs/mailer';
import { countOutbox, enqueueMessage, listOutbox, maskRecipient } from './queries/outbox';
import {
	backoffMs,
	deliverDueMessages,
	describeSendError,
	drainOutbox,
	startOutboxWorker
} from '../../jobs/outbox-worker';

const T0 = new Date('2026-11-22T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

describe.each(testDatabaseKinds())('the mail outbox on %s', (kind) => {
	let database: Database;
	let db: Db;
	let smtp: TestSmtp;
	let mailer: Mailer;
	let organisationId: string;

	beforeAll(async () => {
		[database, smtp] = await Promise.all([createTestDatabase(kind), startSmtp()]);
		db = database.db;
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Solbacka kommun <dialog@solbacka.example>' })!;
		organisationId = randomUUID();
		await db
			.insert(organisations)
			.values({ id: organisationId, slug: `org-${organisationId}`, name: 'Solbacka kommun', createdAt: T0 });
	});
	afterAll(async () => {
		mailer?.close();
		await Promise.all([smtp?.close(), database?.close()]);
	});
	afterEach(async () => {
		// Each test starts with an empty outbox and an empty mailbox.
		await db.delete(outbox);
		smtp.received.length = 0;
		smtp.reject.clear();
		smtp.delayMs = 0;
	});

	const message = (over: Partial<Parameters<typeof enqueueMessage>[1]> = {}) => ({
		id: randomUUID(),
		organisationId,
		channel: 'email' as const,
		dedupeKey: `test:${randomUUID()}`,
		recipient: 'boende@example.se',
		subject: 'Tack för ditt perspektiv',
		bodyText: 'Vi har tagit emot det.',
		now: T0,
		...over
	});
	const enqueue = (over: Partial<Parameters<typeof enqueueMessage>[1]> = {}) =>
		db.transaction((tx) => enqueueMessage(tx, message(over)));
	const row = async (id: string) => (await db.select().from(outbox).where(eq(outbox.id, id)))[0];

	it('enqueues inside the caller’s transaction: a rolled-back change leaves nothing to send', async () => {
		const kept = message();
		const rolledBack = message();
		await db.transaction(async (tx) => {
			expect(await enqueueMessage(tx, kept)).toBe(true);
		});
		await expect(
			db.transaction(async (tx) => {
				expect(await enqueueMessage(tx, rolledBack)).toBe(true);
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');

		expect(await row(kept.id)).toMatchObject({
			status: 'pending',
			attempts: 0,
			nextAttemptAt: T0,
			createdAt: T0,
			sentAt: null
		});
		expect(await row(rolledBack.id)).toBeUndefined();
		expect(await drainOutbox(db, mailer, T0)).toEqual({ sent: 1, failed: 0, retried: 0 });
		expect(smtp.received.map((m) => m.to)).toEqual([['boende@example.se']]);
	});

	it('enqueues one message per dedupe key, so one event mails one person once', async () => {
		const dedupeKey = `perspective.receipt:${randomUUID()}:boende@example.se`;
		expect(await enqueue({ dedupeKey })).toBe(true);
		expect(await enqueue({ dedupeKey, subject: 'En andra gång' })).toBe(false);
		expect(await drainOutbox(db, mailer, T0)).toEqual({ sent: 1, failed: 0, retried: 0 });
		// Enqueueing again after it was sent still does nothing.
		expect(await enqueue({ dedupeKey })).toBe(false);
		expect(await drainOutbox(db, mailer, at(MIN))).toEqual({ sent: 0, failed: 0, retried: 0 });
		expect(smtp.received).toHaveLength(1);
		expect(parseMail(smtp.received[0].raw).headers.get('subject')).toBe('Tack för ditt perspektiv');
	});

	it('delivers plain-text UTF-8 mail with Swedish letters intact and marks it sent', async () => {
		const subject = 'Återkoppling: så gick det med förslagen från Övre Ängby – tack, Åsa!';
		const bodyText = [
			'Hej!',
			'',
			'Kommunstyrelsen har läst alla 213 perspektiv från dialogen ”Leva tillsammans i Lillby”.',
			'Här är vad som händer nu: belysningen vid skolgården byggs ut, och ungdomsgården får längre öppettider.',
			'ÅÄÖ åäö é ü – € ✓',
			'',
			'Läs mer: https://medskapa.example/dialoger/leva-tillsammans-i-lillby'
		].join('\n');
		const m = message({ subject, bodyText, recipient: 'örjan.ek@example.se' });
		await db.transaction((tx) => enqueueMessage(tx, m));

		expect(await deliverDueMessages(db, mailer, at(5_000))).toEqual({ sent: 1, failed: 0, retried: 0 });
		expect(smtp.received).toHaveLength(1);
		const mail = parseMail(smtp.received[0].raw);
		expect(mail.headers.get('subject')).toBe(subject);
		expect(mail.body).toBe(bodyText);
		expect(mail.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8$/i);
		expect(mail.headers.get('from')).toBe('Solbacka kommun <dialog@solbacka.example>');
		expect(mail.headers.get('message-id')).toBe(`<${m.id}@solbacka.example>`);
		expect(smtp.received[0].to).toEqual(['örjan.ek@example.se']);
		expect(await row(m.id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: at(5_000), lastError: null });
	});

	it('retries a rejected address with growing waits, gives up after maxAttempts, and still delivers the rest', async () => {
		smtp.reject.add('studsar@example.se');
		const bad = message({ recipient: 'studsar@example.se' });
		const good = message({ recipient: 'kommer-fram@example.se' });
		await enqueue(bad);
		await enqueue(good);

		expect(await drainOutbox(db, mailer, T0)).toEqual({ sent: 1, failed: 0, retried: 1 });
		expect(smtp.received.map((m) => m.to)).toEqual([['kommer-fram@example.se']]);
		const first = await row(bad.id);
		expect(first).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(MIN) });
		expect(first.lastError).toMatch(/550/);
		expect(first.lastError).not.toContain('studsar@example.se');
		expect(first.lastError).toContain('st***@example.se');

		// Not due before its backoff has passed.
		expect(await drainOutbox(db, mailer, at(MIN - 1))).toEqual({ sent: 0, failed: 0, retried: 0 });

		const waits: number[] = [];
		let now = T0;
		for (let attempt = 2; attempt <= 6; attempt++) {
			const before = await row(bad.id);
			waits.push(before.nextAttemptAt.getTime() - now.getTime());
			now = before.nextAttemptAt;
			const r = await drainOutbox(db, mailer, now, { maxAttempts: 6 });
			expect(r).toEqual(attempt < 6 ? { sent: 0, failed: 0, retried: 1 } : { sent: 0, failed: 1, retried: 0 });
			expect((await row(bad.id)).attempts).toBe(attempt);
		}
		expect(waits).toEqual([1, 2, 4, 8, 16].map((m) => m * MIN));
		expect(await row(bad.id)).toMatchObject({ status: 'failed', attempts: 6 });
		// A failed message is never tried again.
		expect(await drainOutbox(db, mailer, at(365 * 24 * 60 * MIN))).toEqual({ sent: 0, failed: 0, retried: 0 });
		expect(smtp.received).toHaveLength(1);
		expect(await row(good.id)).toMatchObject({ status: 'sent', attempts: 1 });

		expect(await countOutbox(db, organisationId)).toEqual({ pending: 0, sent: 1, failed: 1 });
		const listed = await listOutbox(db, organisationId);
		expect(listed.map((e) => e.recipientMasked).sort()).toEqual(['ko***@example.se', 'st***@example.se']);
		expect(JSON.stringify(listed)).not.toMatch(/studsar@|kommer-fram@|Vi har tagit emot/);
	});

	it('never sends one message twice when two workers run at the same time', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 12; i++) {
			const m = message({ recipient: `person${i}@example.se`, subject: `Meddelande ${i}` });
			ids.push(m.id);
			await enqueue(m);
		}
		smtp.delayMs = 5;
		const [a, b, c] = await Promise.all([
			drainOutbox(db, mailer, T0, { batch: 2 }),
			drainOutbox(db, mailer, T0, { batch: 3 }),
			deliverDueMessages(db, mailer, T0, { batch: 4 })
		]);
		expect(a.sent + b.sent + c.sent).toBe(12);
		const messageIds = smtp.received.map((m) => parseMail(m.raw).headers.get('message-id'));
		expect(messageIds).toHaveLength(12);
		expect(new Set(messageIds).size).toBe(12);
		expect((await db.select().from(outbox)).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
	});

	it('hides a message from other workers while it is being sent', async () => {
		const m = message();
		await enqueue(m);
		let release!: () => void;
		let started!: () => void;
		const sending = new Promise<void>((resolve) => (started = resolve));
		const slowMailer: Mailer = {
			send: () => {
				started();
				return new Promise<void>((resolve) => (release = resolve));
			},
			close: () => {}
		};
		const first = deliverDueMessages(db, slowMailer, T0);
		await sending;
		expect(await deliverDueMessages(db, mailer, T0)).toEqual({ sent: 0, failed: 0, retried: 0 });
		expect(await deliverDueMessages(db, mailer, at(5 * MIN))).toEqual({ sent: 0, failed: 0, retried: 0 });
		release();
		expect(await first).toEqual({ sent: 1, failed: 0, retried: 0 });
		expect(smtp.received).toHaveLength(0);
		expect(await row(m.id)).toMatchObject({ status: 'sent', attempts: 1 });
	});

	it('runs as a background worker whose stop() waits for the batch in progress', async () => {
		const m = message();
		let started!: () => void;
		const sending = new Promise<void>((resolve) => (started = resolve));
		const slowMailer: Mailer = {
			send: async (msg) => {
				started();
				await new Promise((resolve) => setTimeout(resolve, 100));
				await mailer.send(msg);
			},
			close: () => {}
		};
		const logged: string[] = [];
		const log = { info: (_o: object, msg: string) => logged.push(msg), warn: () => {}, error: () => {} };
		const worker = startOutboxWorker({ db, mailer: slowMailer, intervalMs: 10, log: log as never, now: () => T0 });
		await enqueue(m);
		await sending;
		await worker.stop();
		expect(await row(m.id)).toMatchObject({ status: 'sent' });
		expect(smtp.received).toHaveLength(1);
		expect(logged).toContain('outbox delivered');
	});

	it('logs a failing round and keeps running instead of crashing', async () => {
		const errors: unknown[] = [];
		const broken = {
			select: () => {
				throw new Error('database unavailable');
			}
		} as unknown as Db;
		const log = { info: () => {}, warn: () => {}, error: (o: { err: unknown }) => errors.push(o.err) };
		const worker = startOutboxWorker({ db: broken, mailer, intervalMs: 5, log: log as never });
		await expect.poll(() => errors.length, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
		await worker.stop();
		expect(String(errors[0])).toContain('database unavailable');
	});
});

describe('outbox helpers', () => {
	it('masks addresses for staff', () => {
		expect(maskRecipient('boende@example.se')).toBe('bo***@example.se');
		expect(maskRecipient('b@example.se')).toBe('b***@example.se');
		expect(maskRecipient('+46 70 123 45 67')).toBe('***67');
	});

	it('waits 1, 2, 4 … minutes between tries, at most an hour', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => backoffMs(a) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
	});

	it('stores errors short, without credentials or full addresses', () => {
		const e = Object.assign(
			new Error('Invalid login for smtp://kommun:hemligt@mail.example:587 <anna.svensson@example.se>\n    at stack'),
			{ code: 'EAUTH' }
		);
		const text = describeSendError(e);
		expect(text).toBe('EAUTH: Invalid login for smtp://***@mail.example:587 <an***@example.se>');
		expect(describeSendError(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(200);
		expect(describeSendError('plain')).toBe('plain');
	});

	it('has no mailer without SMTP_URL', () => {
		expect(createMailer({ smtpUrl: undefined, mailFrom: 'x@example.se' })).toBeNull();
	});
});
