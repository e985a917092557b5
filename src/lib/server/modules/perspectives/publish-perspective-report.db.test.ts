import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { findDefaultOrganisation } from '../identity/queries/organisations';
import { findProcessBySlug } from '../process/queries/processes';
import { findReport } from './queries/reports';
import { findUserByEmail } from '../identity/queries/users';
import { like } from 'drizzle-orm';
import { outbox } from '../../db/schema/index';
import { DEMO_LOGINS, seedDemo } from '../../seed/demo';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import type { UseCaseContext } from '../context';
import { publishPerspectiveReport } from './publish-perspective-report';

describe.each(testDatabaseKinds())('publishing the perspective report on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let clock = new Date('2026-11-22T12:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		await seedDemo(ctx);
		const organisationId = (await findDefaultOrganisation(database.db))!.id;
		const user = await findUserByEmail(database.db, DEMO_LOGINS[0].email);
		facilitator = { kind: 'staff', userId: user!.id, organisationId, role: 'facilitator' };
	});
	afterAll(async () => database?.close());

	it('seeds the village report: every perspective counted, hidden ones with reasons, tensions side by side', async () => {
		const process = (await findProcessBySlug(
			database.db,
			(facilitator as { organisationId: string }).organisationId,
			'leva-tillsammans-i-lillby'
		))!;
		const report = (await findReport(database.db, process.id))!.snapshot;
		expect(report.totals).toMatchObject({ received: 213, shown: 210, hidden: 3 });
		expect(report.totals.hiddenReasons).toHaveLength(3);
		expect(report.themes).toHaveLength(7);
		expect(report.themes.reduce((s, t) => s + t.count, 0) + report.unthemed).toBe(210);
		expect(report.tensions).toHaveLength(6);
		expect(report.tensions.every((t) => t.sideA.length > 20 && t.sideB.length > 20)).toBe(true);
		expect(report.reach.gaps.sv).toEqual([
			'Personer 45–64 år är 30 % av invånarna men 41 % av perspektiven.',
			'Unga 16–24 år är 14 % av invånarna men 6 % av perspektiven.'
		]);
		// The hidden SMS with another person's phone number never reaches the report text.
		const texts = [
			...report.themes.flatMap((t) => [...t.quotes, ...t.voices]),
			...report.tensions.flatMap((t) => [t.sideA, t.sideB])
		].join('\n');
		expect(texts).not.toMatch(/\b0\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2}\b/);
	});

	it('refuses before the compilation phase', async () => {
		expect(await publishPerspectiveReport(ctx, facilitator, 'trygg-storgatan', 'http://x')).toEqual({
			ok: false,
			error: { code: 'too_early' }
		});
	});

	it('queues one mail per address with links to the report and the receipts, and never twice for one publication', async () => {
		const result = await publishPerspectiveReport(
			ctx,
			facilitator,
			'leva-tillsammans-i-lillby',
			'https://dialog.solbacka.example'
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// The demo's park dialogue already has its (sent) decision messages; count this publication's.
		const reportMails = () => database.db.select().from(outbox).where(like(outbox.dedupeKey, 'report:%'));
		const mails = await reportMails();
		expect(mails.length).toBe(result.value.notified);
		expect(mails.length).toBe(20);
		expect(new Set(mails.map((m) => m.recipient)).size).toBe(20);
		expect(mails[0].bodyText).toContain('https://dialog.solbacka.example/processer/leva-tillsammans-i-lillby/rapport');
		expect(mails[0].bodyText).toMatch(
			/https:\/\/dialog\.solbacka\.example\/kvitto\/[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}/
		);
		expect(mails.every((m) => m.status === 'pending')).toBe(true);

		// A retried request with the same clock (same publication) queues nothing new.
		const again = await publishPerspectiveReport(
			ctx,
			facilitator,
			'leva-tillsammans-i-lillby',
			'https://dialog.solbacka.example'
		);
		expect(again.ok && again.value.notified).toBe(0);
		expect((await reportMails()).length).toBe(20);
		clock = new Date('2026-12-01T12:00:00Z');
	});

	it('lets only staff who harvest publish it', async () => {
		expect(await publishPerspectiveReport(ctx, { kind: 'anonymous' }, 'leva-tillsammans-i-lillby', 'http://x')).toEqual(
			{ ok: false, error: { code: 'forbidden' } }
		);
	});
});
