import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { interviewProgress } from '../../../domain/perspective/interview';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { listInterviews, listInterviewTargets } from './queries/interviews';
import { findProcessBySlug } from '../process/queries/processes';
import { auditEvents, interviews, perspectives } from '../../db/schema/index';
import { seedDemoInterviews } from '../../seed/demo-interviews';
import { seedDemoPerspectives } from '../../seed/demo-perspectives';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess, makeStaffOfEachRole } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { addInterviewTarget, withdrawTarget } from '../planning/plan-interviews';
import { recordInterview } from './record-interview';

describe.each(testDatabaseKinds())('the interview plan on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let organisationId: string;
	/** Perspectives of the interview held before the tests start, in another group of the plan. */
	const earlier = [
		'Kvällarna är tomma på torget.',
		'Ingen går hem ensam härifrån.',
		'Vi behöver en plats att vara på.'
	];

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const staff = await makeStaffOfEachRole(ctx, organisationId);
		({ facilitator, official } = staff);
		// A process collecting perspectives, with an interview plan under way: one group, one interview held.
		await makeProcess(ctx, organisationId, { slug: 'trygg-storgatan' });
		const young = await addInterviewTarget(ctx, facilitator, 'trygg-storgatan', {
			name: 'Unga 16–24 år',
			targetCount: '10',
			description: ''
		});
		if (!young.ok) throw new Error('no target');
		const held = await recordInterview(ctx, official, 'trygg-storgatan', {
			targetId: young.value.id,
			heldOn: '2026-11-15',
			consent: 'on',
			mayQuote: 'no',
			perspectives: Object.fromEntries(earlier.map((text, i) => [String(i), { text }]))
		});
		expect(held.ok).toBe(true);
		// The demo's village case in its compilation phase: its perspectives and interview plan, seeded on their own.
		const lillby = await makeProcess(ctx, organisationId, { slug: 'leva-tillsammans-i-lillby', phase: 'compilation' });
		await database.db.transaction(async (tx) => {
			await seedDemoPerspectives(tx, lillby.id, lillby.slug, ctx.now(), ctx.newId);
			await seedDemoInterviews(tx, lillby.id, lillby.slug, ctx.now(), ctx.newId, staff.official.userId);
		});
	});
	afterAll(async () => database?.close());

	const processId = async (slug: string) => (await findProcessBySlug(database.db, organisationId, slug))!.id;

	it('seeds the village case plan: 70 interviews planned, the interview perspectives grouped into interviews', async () => {
		const id = await processId('leva-tillsammans-i-lillby');
		const progress = interviewProgress(
			await listInterviewTargets(database.db, id),
			await listInterviews(database.db, id)
		);
		expect(progress.total.targetCount).toBe(70);
		expect(progress.targets.map((t) => t.name)).toEqual([
			'Boende i Lillby',
			'Föreningar och församling',
			'Förtroendevalda',
			'Tjänstepersoner'
		]);
		const interviewPerspectives = await database.db
			.select()
			.from(perspectives)
			.where(eq(perspectives.channel, 'interview'));
		const lillby = interviewPerspectives.filter((p) => p.processId === id);
		expect(lillby.every((p) => p.interviewId !== null)).toBe(true);
		expect(progress.total.perspectives).toBe(lillby.length);
		expect(progress.total.done).toBeGreaterThan(40);
	});

	it('records an interview with several perspectives and the consent, in one go, without naming the interviewee', async () => {
		const id = await processId('trygg-storgatan');
		const target = await addInterviewTarget(ctx, facilitator, 'trygg-storgatan', {
			name: 'Pensionärer som går kvällspromenader',
			targetCount: '6',
			description: ''
		});
		expect(target.ok).toBe(true);
		if (!target.ok) return;
		const result = await recordInterview(ctx, official, 'trygg-storgatan', {
			targetId: target.value.id,
			heldOn: '2026-11-20',
			consent: 'on',
			mayQuote: 'yes',
			perspectives: {
				'0': { text: 'Jag går inte ut efter sex på vintern, det är för mörkt vid torget.', isQuote: 'on' },
				'1': { text: '' },
				'2': { text: 'Bänkarna vid biblioteket behövs – man måste kunna vila.' }
			}
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.receipts).toHaveLength(2);
		const saved = await database.db.select().from(perspectives).where(eq(perspectives.interviewId, result.value.id));
		expect(saved.map((p) => [p.channel, p.isQuote, p.text.slice(0, 18)]).sort()).toEqual([
			['interview', false, 'Bänkarna vid bibli'],
			['interview', true, 'Jag går inte ut ef']
		]);
		const [interview] = await database.db.select().from(interviews).where(eq(interviews.id, result.value.id));
		expect(interview).toMatchObject({
			mayQuote: true,
			consentVersion: 'intervju-samtycke-1',
			heldOn: '2026-11-20',
			interviewerUserId: (official as { userId: string }).userId
		});
		const progress = interviewProgress(
			await listInterviewTargets(database.db, id),
			await listInterviews(database.db, id)
		);
		expect(progress.targets.find((t) => t.name.startsWith('Pensionärer'))).toMatchObject({
			targetCount: 6,
			done: 1,
			remaining: 5,
			perspectives: 2
		});
		const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, result.value.id));
		expect(events.map((e) => e.action)).toEqual(['interview.recorded']);
		expect(JSON.stringify(events[0].details)).not.toContain('mörkt');
	});

	it('refuses without consent, refuses quotes the interviewee did not agree to, and stores nothing', async () => {
		const id = await processId('trygg-storgatan');
		const [target] = (await listInterviewTargets(database.db, id)).filter((t) => t.withdrawnAt === null);
		const before = (await database.db.select().from(interviews)).length;
		const noConsent = await recordInterview(ctx, official, 'trygg-storgatan', {
			targetId: target.id,
			heldOn: '2026-11-20',
			mayQuote: 'no',
			perspectives: { '0': { text: 'Något' } }
		});
		expect(noConsent).toMatchObject({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'consent', message: 'error.interview.consent' }] }
		});
		const quote = await recordInterview(ctx, official, 'trygg-storgatan', {
			targetId: target.id,
			heldOn: '2026-11-20',
			consent: 'on',
			mayQuote: 'no',
			perspectives: { '0': { text: 'Något', isQuote: 'on' } }
		});
		expect(quote).toMatchObject({
			ok: false,
			error: { fields: [{ field: 'perspectives-0-isQuote', message: 'error.interview.quoteWithoutConsent' }] }
		});
		const empty = await recordInterview(ctx, official, 'trygg-storgatan', {
			targetId: target.id,
			heldOn: '2026-11-20',
			consent: 'on',
			mayQuote: 'no',
			perspectives: { '0': { text: ' ' } }
		});
		expect(empty).toMatchObject({
			ok: false,
			error: { fields: [{ field: 'perspectives-0-text', message: 'error.interview.noPerspectives' }] }
		});
		const future = await recordInterview(ctx, official, 'trygg-storgatan', {
			targetId: target.id,
			heldOn: '2026-12-24',
			consent: 'on',
			mayQuote: 'no',
			perspectives: { '0': { text: 'Något' } }
		});
		expect(future).toMatchObject({
			ok: false,
			error: { fields: [{ field: 'heldOn', message: 'error.interview.heldOnFuture' }] }
		});
		expect((await database.db.select().from(interviews)).length).toBe(before);
	});

	it('records interviews only while perspectives are collected; only facilitators plan', async () => {
		const lillby = await processId('leva-tillsammans-i-lillby');
		const [target] = await listInterviewTargets(database.db, lillby);
		const closed = await recordInterview(ctx, official, 'leva-tillsammans-i-lillby', {
			targetId: target.id,
			heldOn: '2026-11-20',
			consent: 'on',
			mayQuote: 'no',
			perspectives: { '0': { text: 'Sent' } }
		});
		expect(closed).toMatchObject({ ok: false, error: { code: 'phase_closed' } });
		expect(await addInterviewTarget(ctx, official, 'trygg-storgatan', { name: 'X', targetCount: '2' })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(
			await addInterviewTarget(ctx, facilitator, 'trygg-storgatan', { name: '', targetCount: 'tio' })
		).toMatchObject({
			ok: false,
			error: {
				code: 'invalid',
				fields: [{ field: 'name' }, { field: 'targetCount', message: 'error.interview.target.count' }]
			}
		});
	});

	it('withdraws a group with a reason, keeping its interviews counted in the total', async () => {
		const id = await processId('trygg-storgatan');
		const target = (await listInterviewTargets(database.db, id)).find((t) => t.name.startsWith('Pensionärer'))!;
		expect(
			await withdrawTarget(ctx, facilitator, 'trygg-storgatan', { targetId: target.id, reason: '' })
		).toMatchObject({ ok: false, error: { code: 'invalid' } });
		expect(
			(
				await withdrawTarget(ctx, facilitator, 'trygg-storgatan', {
					targetId: target.id,
					reason: 'Ingår i gruppen boende'
				})
			).ok
		).toBe(true);
		const progress = interviewProgress(
			await listInterviewTargets(database.db, id),
			await listInterviews(database.db, id)
		);
		expect(progress.targets.some((t) => t.id === target.id)).toBe(false);
		expect(progress.total.perspectives).toBe(2 + earlier.length);
	});
});
