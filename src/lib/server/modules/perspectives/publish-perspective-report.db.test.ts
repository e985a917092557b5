import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { outbox } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makePerspectives, makeProcess, makeStaff } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { publishPerspectiveReport } from './publish-perspective-report';
import { dispatchNotices } from '../notifications/dispatch-notices';

describe.each(testDatabaseKinds())('publishing the perspective report on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let clock = new Date('2026-11-22T12:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		const organisationId = (await makeOrganisation(ctx)).id;
		const staff = await makeStaff(ctx, organisationId, 'facilitator');
		facilitator = staff.actor;
		await makeProcess(ctx, organisationId, { slug: 'trygg-storgatan', facilitatorUserId: staff.userId });
		const lillby = await makeProcess(ctx, organisationId, {
			slug: 'leva-tillsammans-i-lillby',
			phase: 'compilation',
			facilitatorUserId: staff.userId
		});
		// 24 perspectives: 20 addresses (one person left two perspectives), one phone number only, two without.
		const emails = Array.from({ length: 20 }, (_, i) => `boende${i + 1}@example.se`);
		await makePerspectives(
			ctx,
			lillby.id,
			Array.from({ length: 24 }, (_, i) => `Perspektiv nummer ${i + 1} om livet i Lillby.`),
			{ contacts: [...emails.map((email) => ({ email })), { email: emails[0] }, { phone: '070-123 45 67' }] }
		);
		// Another process's contacts get nothing from this report.
		const other = await makeProcess(ctx, organisationId, { phase: 'compilation' });
		await makePerspectives(ctx, other.id, ['Något annat.'], { contacts: [{ email: 'annan@example.se' }] });
	});
	afterAll(async () => database?.close());

	it('refuses before the compilation phase', async () => {
		expect(await publishPerspectiveReport(ctx, facilitator, 'trygg-storgatan', 'http://x')).toEqual({
			ok: false,
			error: { code: 'too_early' }
		});
	});

	it('tells everyone who asked for news once, by mail or SMS, with links to the report and their receipts', async () => {
		const result = await publishPerspectiveReport(
			ctx,
			facilitator,
			'leva-tillsammans-i-lillby',
			'https://dialog.solbacka.example'
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// 20 addresses and one phone number: 21 people.
		expect(result.value.notified).toBe(21);
		expect(await dispatchNotices(database.db, clock, randomUUID, { gatherMs: 0 })).toBe(21);
		const messages = await database.db.select().from(outbox);
		const mails = messages.filter((m) => m.channel === 'email');
		expect(mails.length).toBe(20);
		expect(new Set(mails.map((m) => m.recipient)).size).toBe(20);
		expect(mails.every((m) => !m.recipient.includes('annan'))).toBe(true);
		expect(mails[0].bodyText).toContain('https://dialog.solbacka.example/processer/leva-tillsammans-i-lillby/rapport');
		expect(mails[0].bodyText).toMatch(
			/https:\/\/dialog\.solbacka\.example\/kvitto\/[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}/
		);
		expect(mails.every((m) => m.status === 'pending')).toBe(true);
		const [text] = messages.filter((m) => m.channel === 'sms');
		expect(text.recipient).toBe('0701234567');
		expect(text.bodyText).toContain('Perspektivrapporten för');

		// Publishing again later (a correction) tells nobody twice.
		clock = new Date('2026-12-01T12:00:00Z');
		const again = await publishPerspectiveReport(
			ctx,
			facilitator,
			'leva-tillsammans-i-lillby',
			'https://dialog.solbacka.example'
		);
		expect(again.ok && again.value.notified).toBe(0);
		expect(await dispatchNotices(database.db, clock, randomUUID, { gatherMs: 0 })).toBe(0);
		expect((await database.db.select().from(outbox)).length).toBe(21);
	});

	it('lets only staff who harvest publish it', async () => {
		expect(await publishPerspectiveReport(ctx, { kind: 'anonymous' }, 'leva-tillsammans-i-lillby', 'http://x')).toEqual(
			{ ok: false, error: { code: 'forbidden' } }
		);
	});
});
