import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/access/can';
import { evaluationApiSchema, lessonListApiSchema } from '../schemas/learning-api';
import type { Database } from './db/client';
import { DEMO_LESSONS, EVALUATION_DEMO_SLUG, seedDemoEvaluation } from './seed/demo-evaluation';
import { createTestDatabase, testDatabaseKinds } from './testing/databases';
import { makeOrganisation, makeProcess, makeStaff } from './testing/factories';
import { evaluationForApi, lessonsForApi } from './learning-api';
import { answerEvaluation, answerEvaluationAsStaff } from './modules/learning/answer-evaluation';
import type { UseCaseContext } from './modules/context';
import { setEvaluationOpen } from './modules/learning/manage-evaluation';

const SURVEY = 'trygg-storgatan';
const DRAFT = 'framtidens-fritid';
const answer = (comment: string) => ({ trust: '4', understanding: '5', influence: '3', again: 'yes', comment });

describe.each(testDatabaseKinds())('evaluation and lessons in the API on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let facilitator: Actor;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-09-01T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		facilitator = (await makeStaff(ctx, organisationId, 'facilitator')).actor;
		await makeProcess(ctx, organisationId, { slug: SURVEY });
		await makeProcess(ctx, organisationId, { slug: DRAFT, phase: 'preparation', isPublished: false });
		// The demo's survey results and lessons, seeded on their own on a process of the demo's slug.
		const evaluated = await makeProcess(ctx, organisationId, { slug: EVALUATION_DEMO_SLUG, phase: 'compilation' });
		await database.db.transaction((tx) => seedDemoEvaluation(tx, evaluated.id, ctx.now(), ctx.newId));
	});
	afterAll(async () => database?.close());

	it('gives the demo results per audience as the public page does, without comments', async () => {
		const result = await evaluationForApi(ctx, { organisationId, slug: EVALUATION_DEMO_SLUG });
		if (!result.ok) throw new Error('not found');
		const body = evaluationApiSchema.parse(result.value);
		expect(body.state).toBe('closed');
		expect(body.audiences?.map((a) => [a.audience, a.suppressed ? null : a.answers])).toEqual([
			['participant', 40],
			['staff', 8]
		]);
		const participants = body.audiences![0];
		if (participants.suppressed) throw new Error('suppressed');
		expect(participants.scales.trust.counts).toEqual([2, 5, 12, 14, 7]);
		expect(participants.again.counts).toEqual({ yes: 26, no: 5, unsure: 9 });
		// The demo's comments (one with a phone number) stay with staff.
		expect(JSON.stringify(result.value)).not.toMatch(/comment|Första gången|070-123|\[borttaget\]/);
	});

	it('gives no results while the survey is open, and suppresses a group of fewer than 5 once it is closed', async () => {
		expect(await evaluationForApi(ctx, { organisationId, slug: SURVEY })).toMatchObject({
			ok: true,
			value: { state: 'notOpen', audiences: null }
		});
		await setEvaluationOpen(ctx, facilitator, SURVEY, true);
		for (let i = 0; i < 5; i++)
			await answerEvaluation(
				ctx,
				{ organisationId, slug: SURVEY, token: randomBytes(24).toString('base64url') },
				answer(`Deltagarkommentar ${i}`)
			);
		await answerEvaluationAsStaff(ctx, facilitator, SURVEY, answer('Personalens kommentar'));
		expect(await evaluationForApi(ctx, { organisationId, slug: SURVEY })).toMatchObject({
			ok: true,
			value: { state: 'open', audiences: null }
		});

		await setEvaluationOpen(ctx, facilitator, SURVEY, false);
		const closed = await evaluationForApi(ctx, { organisationId, slug: SURVEY });
		if (!closed.ok) throw new Error('not found');
		expect(closed.value.audiences).toEqual([
			expect.objectContaining({ audience: 'participant', suppressed: false, answers: 5 }),
			{ audience: 'staff', suppressed: true }
		]);
		expect(JSON.stringify(closed.value)).not.toContain('kommentar');
	});

	it('lists only the public lessons in force, an empty list where none is published, and nothing for an unpublished process', async () => {
		const result = await lessonsForApi(ctx, { organisationId, slug: EVALUATION_DEMO_SLUG });
		if (!result.ok) throw new Error('not found');
		const body = lessonListApiSchema.parse(result.value);
		expect(body.lessons.map((l) => l.text).sort()).toEqual(
			DEMO_LESSONS.filter((l) => l.isPublic)
				.map((l) => l.text)
				.sort()
		);
		expect(body.lessons.map((l) => l.kind)).toEqual(
			[...body.lessons.map((l) => l.kind)].sort(
				(a, b) => ['worked', 'didNotWork', 'nextTime'].indexOf(a) - ['worked', 'didNotWork', 'nextTime'].indexOf(b)
			)
		);
		expect(await lessonsForApi(ctx, { organisationId, slug: SURVEY })).toEqual({
			ok: true,
			value: { lessons: [], url: `/processer/${SURVEY}/lardomar` }
		});
		expect((await lessonsForApi(ctx, { organisationId, slug: DRAFT })).ok).toBe(false);
		expect((await evaluationForApi(ctx, { organisationId, slug: DRAFT })).ok).toBe(false);
		expect((await evaluationForApi(ctx, { organisationId, slug: 'finns-inte' })).ok).toBe(false);
	});
});
