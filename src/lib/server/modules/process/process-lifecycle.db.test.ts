import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { listAudit } from '../records/queries/audit';
import { findProcessBySlug, listProcesses } from './queries/processes';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess, makeStaff } from '../../testing/factories';
import { advanceProcessPhase } from './advance-process-phase';
import type { UseCaseContext } from '../context';
import { createProcess } from './create-process';
import { publishProcess, unpublishProcess } from './publish-process';
import { reviseProcess } from './revise-process';

const PHASE_DATES = {
	preparation: { startsOn: '2027-01-10', endsOn: '2027-02-01' },
	collection: { startsOn: '2027-02-02', endsOn: '2027-03-31' },
	compilation: { startsOn: '', endsOn: '' },
	cocreation: { startsOn: '', endsOn: '' },
	proposals: { startsOn: '', endsOn: '' },
	decision: { startsOn: '2027-09-01', endsOn: '' },
	implementation: { startsOn: '', endsOn: '' },
	learning: { startsOn: '', endsOn: '' }
};

function formInput(overrides: Record<string, unknown> = {}) {
	return {
		title: 'Parken vid ån',
		question: 'Vad ska parken vid ån användas till?',
		purpose: 'Parken ska rustas upp.',
		context: '',
		influence: {
			openToInfluence: 'Vad parken innehåller.',
			notNegotiable: '',
			notNegotiableReason: '',
			whoDecides: 'Tekniska nämnden',
			decisionWhen: 'september 2027',
			feedbackHow: 'Vi mejlar alla.'
		},
		participation: {
			agenda: 'consultation',
			drafting: 'dialogue',
			decision: 'information',
			implementation: 'none',
			monitoring: 'information',
			reformulation: 'none'
		},
		schedule: PHASE_DATES,
		...overrides
	};
}

describe.each(testDatabaseKinds())('process lifecycle on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let organisationId: string;
	let facilitatorName: string;
	let clock = new Date('2026-11-22T09:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const f = await makeStaff(ctx, organisationId, 'facilitator');
		facilitator = f.actor;
		facilitatorName = f.name;
		official = (await makeStaff(ctx, organisationId, 'official')).actor;
		await makeProcess(ctx, organisationId, { slug: 'trygg-storgatan' });
		// A draft whose influence declaration says neither when the decision comes nor how feedback is given.
		const draft = await createProcess(
			ctx,
			facilitator,
			formInput({
				title: 'Framtidens fritid och idrott',
				slug: 'framtidens-fritid',
				influence: { ...formInput().influence, decisionWhen: '', feedbackHow: '' }
			})
		);
		expect(draft.ok).toBe(true);
	});
	afterAll(async () => database?.close());

	it('creates a draft with a slug from the title, all phases scheduled, and an audit event', async () => {
		const result = await createProcess(ctx, facilitator, formInput());
		expect(result.ok).toBe(true);
		const stored = await findProcessBySlug(database.db, organisationId, 'parken-vid-an');
		expect(stored).toMatchObject({ isPublished: false, currentPhase: 'preparation', title: 'Parken vid ån' });
		expect(stored!.schedule.find((s) => s.phase === 'decision')).toEqual({
			phase: 'decision',
			startsOn: '2027-09-01',
			endsOn: null
		});
		const audit = await listAudit(database.db, organisationId, { entityId: stored!.id });
		expect(audit.map((a) => a.action)).toEqual(['process.created']);
		expect(audit[0].actorName).toBe(facilitatorName);
	});

	it('gives a second process with the same title a free slug', async () => {
		const result = await createProcess(ctx, facilitator, formInput());
		expect(result.ok && result.value.slug).toBe('parken-vid-an-2');
	});

	it('rejects invalid input with one message per field and stores nothing', async () => {
		const before = (await listProcesses(database.db, organisationId, 'all')).length;
		const result = await createProcess(
			ctx,
			facilitator,
			formInput({
				title: '  ',
				question: '',
				slug: 'Bad Slug',
				schedule: { ...PHASE_DATES, collection: { startsOn: '2027-13-01', endsOn: '' } }
			})
		);
		expect(result).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [
					{ field: 'title', message: 'error.title.required' },
					{ field: 'question', message: 'error.question.required' },
					{ field: 'schedule-collection-startsOn', message: 'error.date.format' },
					{ field: 'slug', message: 'error.slug.format' }
				]
			}
		});
		expect((await listProcesses(database.db, organisationId, 'all')).length).toBe(before);
	});

	it('rejects a taken slug and an end date before the start date', async () => {
		const taken = await createProcess(ctx, facilitator, formInput({ slug: 'trygg-storgatan' }));
		expect(taken).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'slug', message: 'error.slug.taken' }] }
		});
		const backwards = await createProcess(
			ctx,
			facilitator,
			formInput({ schedule: { ...PHASE_DATES, preparation: { startsOn: '2027-02-01', endsOn: '2027-01-01' } } })
		);
		expect(backwards.ok ? null : backwards.error).toEqual({
			code: 'invalid',
			fields: [{ field: 'schedule-preparation-endsOn', message: 'error.schedule.endsBeforeStart' }]
		});
	});

	it('lets an official read but not create, publish or advance', async () => {
		expect(await createProcess(ctx, official, formInput())).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await publishProcess(ctx, official, 'parken-vid-an')).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await advanceProcessPhase(ctx, official, 'parken-vid-an', 'preparation')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(await createProcess(ctx, { kind: 'anonymous' }, formInput())).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('refuses to publish without an influence declaration, then publishes once it is complete', async () => {
		const blocked = await publishProcess(ctx, facilitator, 'framtidens-fritid');
		expect(blocked).toEqual({
			ok: false,
			error: { code: 'influence_declaration_incomplete', missing: ['decisionWhen', 'feedbackHow'] }
		});
		expect((await findProcessBySlug(database.db, organisationId, 'framtidens-fritid'))!.isPublished).toBe(false);

		clock = new Date('2026-11-22T10:00:00Z');
		const draft = (await findProcessBySlug(database.db, organisationId, 'framtidens-fritid'))!;
		const revised = await reviseProcess(ctx, facilitator, 'framtidens-fritid', {
			...formInput({ title: draft.title, question: draft.question, purpose: draft.purpose }),
			influence: {
				...draft.influence,
				decisionWhen: 'mars 2027',
				feedbackHow: 'Vi publicerar en sammanställning här.'
			},
			participation: draft.participation,
			schedule: Object.fromEntries(
				draft.schedule.map((s) => [s.phase, { startsOn: s.startsOn ?? '', endsOn: s.endsOn ?? '' }])
			)
		});
		expect(revised.ok).toBe(true);
		const published = await publishProcess(ctx, facilitator, 'framtidens-fritid');
		expect(published.ok && published.value.publishedAt).toEqual(clock);
		const audit = await listAudit(database.db, organisationId, { entityId: draft.id });
		expect(audit.map((a) => a.action)).toEqual(['process.published', 'process.revised', 'process.created']);
		expect(audit[1].details.changed).toEqual(['influence.decisionWhen', 'influence.feedbackHow']);
	});

	it('keeps a published process honest: its influence declaration cannot be emptied', async () => {
		const p = (await findProcessBySlug(database.db, organisationId, 'trygg-storgatan'))!;
		const result = await reviseProcess(ctx, facilitator, 'trygg-storgatan', {
			...formInput({ title: p.title, question: p.question }),
			influence: { ...p.influence, whoDecides: ' ' }
		});
		expect(result).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'influence-whoDecides', message: 'error.publish.whoDecides' }] }
		});
	});

	it('advances one phase at a time and refuses a stale second click', async () => {
		const first = await advanceProcessPhase(ctx, facilitator, 'parken-vid-an', 'preparation');
		expect(first.ok && first.value.currentPhase).toBe('collection');
		const stale = await advanceProcessPhase(ctx, facilitator, 'parken-vid-an', 'preparation');
		expect(stale).toEqual({ ok: false, error: { code: 'phase_changed', current: 'collection' } });
		const p = (await findProcessBySlug(database.db, organisationId, 'parken-vid-an'))!;
		expect(p.currentPhase).toBe('collection');
		const audit = await listAudit(database.db, organisationId, { entityId: p.id });
		expect(audit[0]).toMatchObject({
			action: 'process.phaseAdvanced',
			details: { from: 'preparation', to: 'collection' }
		});
	});

	it('unpublishes and records it', async () => {
		const result = await unpublishProcess(ctx, facilitator, 'framtidens-fritid');
		expect(result.ok && result.value.isPublished).toBe(false);
		expect(await unpublishProcess(ctx, facilitator, 'framtidens-fritid')).toEqual({
			ok: false,
			error: { code: 'not_published' }
		});
	});

	it('answers not_found for an unknown process', async () => {
		expect(await publishProcess(ctx, facilitator, 'finns-inte')).toEqual({ ok: false, error: { code: 'not_found' } });
		expect(await reviseProcess(ctx, facilitator, 'finns-inte', formInput())).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
	});
});
