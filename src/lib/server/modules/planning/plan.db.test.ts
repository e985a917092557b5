import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { listAudit } from '../records/queries/audit';
import { listMethods } from './queries/plan';
import { findProcessBySlug } from '../process/queries/processes';
import { PLAN_DEMO_SLUG, seedDemoPlan } from '../../seed/demo-plan';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeMethods, makeOrganisation, makeProcess, makeStaffOfEachRole } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import {
	chooseQuestion,
	fixQuestion,
	hideQuestionProposal,
	loadRounds,
	proposeQuestion,
	publishDraftQuestion
} from './formulate-question';
import { loadPlan } from './load-plan';
import { managePlanItem } from './manage-plan-items';
import { reviseMethod } from './revise-method';
import { savePlanSection } from './save-plan-section';

/** A published process in preparation whose question is formulated together below. */
const ASKING = 'motesplats-for-aldre';
const QUESTION = 'Hur ska den nya mötesplatsen för äldre se ut?';

describe.each(testDatabaseKinds())('dialogue plan on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let organisationId: string;
	const clock = new Date('2026-11-22T09:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		({ facilitator, official } = await makeStaffOfEachRole(ctx, organisationId));
		await makeMethods(ctx, organisationId);
		await makeProcess(ctx, organisationId, { slug: 'framtidens-fritid', phase: 'preparation', isPublished: false });
		await makeProcess(ctx, organisationId, { slug: ASKING, question: QUESTION, phase: 'preparation' });
		// The first round opens with the process's own question as the draft.
		expect((await publishDraftQuestion(ctx, facilitator, ASKING, { text: QUESTION })).ok).toBe(true);
		// The demo's plan, seeded on its own on a process of the demo's slug.
		const demo = await makeProcess(ctx, organisationId, { slug: PLAN_DEMO_SLUG, phase: 'preparation' });
		await database.db.transaction((tx) => seedDemoPlan(tx, demo.id, clock, ctx.newId));
	});
	afterAll(async () => database?.close());

	it('seeds the methods catalogue for the organisation, and the demo plan with one readiness item missing', async () => {
		const methods = await listMethods(database.db, organisationId);
		expect(methods).toHaveLength(18);
		expect(methods.find((m) => m.key === 'walk-and-talk')).toMatchObject({
			name: 'Walk and talk',
			profile: { reach: -1, depth: 1, mode: 2, learning: 1 },
			reachesGroups: expect.arrayContaining(['young'])
		});
		const process = (await findProcessBySlug(database.db, organisationId, PLAN_DEMO_SLUG))!;
		const plan = await loadPlan(database.db, process);
		expect(plan.readiness.filter((r) => !r.ready).map((r) => r.item)).toEqual(['receivingCapacity']);
		expect(plan.actorGroups).toHaveLength(4);
		expect(plan.activities.map((a) => a.method?.name)).toEqual([
			'Walk and talk',
			'Tältet (pop-up)',
			'Medskapande arbetsgrupp'
		]);
		expect(plan.adaptationsTotal).toBe(60600);
		expect(plan.rounds).toHaveLength(1);
		expect(plan.rounds[0].isOpen).toBe(true);
	});

	it('lets a facilitator edit a method (audited) and refuses officials and bad input', async () => {
		const current = (await listMethods(database.db, organisationId)).find((m) => m.key === 'taltet')!;
		const input = {
			...current,
			profile: { reach: '2', depth: '0', mode: '0', learning: '-2' },
			participationLevels: { information: 'on', consultation: 'on' },
			phases: { collection: 'on' },
			reachesGroups: { young: 'on' },
			missesGroups: {}
		};
		expect(await reviseMethod(ctx, official, 'taltet', input)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const bad = await reviseMethod(ctx, facilitator, 'taltet', {
			...input,
			name: ' ',
			profile: { ...input.profile, depth: '5' },
			phases: {}
		});
		expect(bad.ok ? [] : 'fields' in bad.error ? bad.error.fields.map((f) => f.field) : []).toEqual([
			'name',
			'profile-depth',
			'phases'
		]);
		const saved = await reviseMethod(ctx, facilitator, 'taltet', input);
		expect(saved.ok).toBe(true);
		const after = (await listMethods(database.db, organisationId)).find((m) => m.key === 'taltet')!;
		expect(after).toMatchObject({
			profile: { depth: 0 },
			phases: ['collection'],
			reachesGroups: ['young'],
			missesGroups: []
		});
		const audit = await listAudit(database.db, organisationId);
		expect(audit.find((a) => a.action === 'method.revised')?.details).toMatchObject({
			key: 'taltet',
			changed: expect.arrayContaining(['profile', 'phases', 'reachesGroups', 'missesGroups'])
		});
	});

	it('saves plan sections and list items with an audit event each; removing withdraws', async () => {
		const slug = 'framtidens-fritid';
		expect(await savePlanSection(ctx, official, slug, 'context', {})).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		const invalid = await savePlanSection(ctx, facilitator, slug, 'readiness', { receivingBy: '31/12' });
		expect(invalid).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'receivingBy', message: 'error.date.format' }] }
		});
		expect(
			(
				await savePlanSection(ctx, facilitator, slug, 'readiness', {
					receivingWho: 'Fritidsplaneraren',
					receivingBy: '2027-03-01'
				})
			).ok
		).toBe(true);

		const added = await managePlanItem(
			ctx,
			facilitator,
			slug,
			'adaptation',
			{ command: 'add' },
			{ kind: 'childcare', description: 'Barnpassning vid kvällsmöten', cost: '4 500 kr' }
		);
		expect(added.ok).toBe(true);
		const wrongMethod = await managePlanItem(
			ctx,
			facilitator,
			slug,
			'activity',
			{ command: 'add' },
			{ methodKey: 'finns-inte', representation: 'lot' }
		);
		expect(wrongMethod).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'methodKey', message: 'error.plan.method' }] }
		});
		const process = (await findProcessBySlug(database.db, organisationId, slug))!;
		let plan = await loadPlan(database.db, process);
		expect(plan.adaptationsTotal).toBe(4500);
		expect(plan.readiness.find((r) => r.item === 'receivingCapacity')?.ready).toBe(true);

		const id = added.ok ? added.value.id : '';
		expect(
			(
				await managePlanItem(
					ctx,
					facilitator,
					slug,
					'adaptation',
					{ command: 'update', id },
					{ kind: 'childcare', description: 'Barnpassning', cost: '6000' }
				)
			).ok
		).toBe(true);
		expect((await loadPlan(database.db, process)).adaptationsTotal).toBe(6000);
		expect((await managePlanItem(ctx, facilitator, slug, 'adaptation', { command: 'withdraw', id }, {})).ok).toBe(true);
		plan = await loadPlan(database.db, process);
		expect(plan.adaptations).toHaveLength(0);
		expect(await managePlanItem(ctx, facilitator, slug, 'adaptation', { command: 'withdraw', id }, {})).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		const actions = (await listAudit(database.db, organisationId, { entityId: process.id })).map((a) => a.action);
		expect(actions).toEqual(
			expect.arrayContaining([
				'plan.sectionSaved',
				'plan.adaptationAdded',
				'plan.adaptationRevised',
				'plan.adaptationWithdrawn'
			])
		);
	});

	it('formulates the question together: propose, choose once per browser, hide with a reason, fix, then a new round', async () => {
		const target = { organisationId, slug: ASKING };
		const process = (await findProcessBySlug(database.db, organisationId, ASKING))!;
		const proposed = await proposeQuestion(ctx, target, {
			text: 'Vad saknar unga i Solbacka på kvällarna?',
			proposerRole: 'resident'
		});
		expect(proposed.ok).toBe(true);
		const proposalId = proposed.ok ? proposed.value.id : '';
		expect(await proposeQuestion(ctx, target, { text: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid' } });

		const first = await chooseQuestion(ctx, { ...target, voterToken: 'browser-a' }, proposalId);
		expect(first).toEqual({ ok: true, value: { id: proposalId, changed: false } });
		await chooseQuestion(ctx, { ...target, voterToken: 'browser-a' }, proposalId);
		await chooseQuestion(ctx, { ...target, voterToken: 'browser-b' }, proposalId);
		let round = (await loadRounds(ctx, process.id))[0];
		expect(round.formulations.find((f) => f.id === proposalId)?.choices).toBe(2);
		const draft = round.formulations.find((f) => f.kind === 'draft')!;
		expect(await chooseQuestion(ctx, { ...target, voterToken: 'browser-a' }, draft.id)).toEqual({
			ok: true,
			value: { id: draft.id, changed: true }
		});
		round = (await loadRounds(ctx, process.id))[0];
		expect(round.formulations.find((f) => f.id === proposalId)?.choices).toBe(1);

		const bad = await proposeQuestion(ctx, target, { text: 'Skriv till kalle@example.se' });
		const badId = bad.ok ? bad.value.id : '';
		expect(await hideQuestionProposal(ctx, facilitator, ASKING, { formulationId: badId, reason: '' })).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
		expect(
			(
				await hideQuestionProposal(ctx, facilitator, ASKING, {
					formulationId: badId,
					reason: 'Innehöll en e-postadress.'
				})
			).ok
		).toBe(true);
		expect(await chooseQuestion(ctx, { ...target, voterToken: 'browser-c' }, badId)).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
		expect(await hideQuestionProposal(ctx, official, ASKING, { formulationId: badId, reason: 'x' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});

		expect(await fixQuestion(ctx, facilitator, ASKING, badId)).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
		expect(await fixQuestion(ctx, facilitator, ASKING, proposalId)).toEqual({
			ok: true,
			value: { question: 'Vad saknar unga i Solbacka på kvällarna?' }
		});
		expect((await findProcessBySlug(database.db, organisationId, ASKING))!.question).toBe(
			'Vad saknar unga i Solbacka på kvällarna?'
		);
		expect(await proposeQuestion(ctx, target, { text: 'För sent' })).toEqual({ ok: false, error: { code: 'closed' } });
		expect(await chooseQuestion(ctx, { ...target, voterToken: 'browser-d' }, proposalId)).toEqual({
			ok: false,
			error: { code: 'closed' }
		});
		const audit = await listAudit(database.db, organisationId, { entityId: process.id });
		expect(audit.find((a) => a.action === 'question.fixed')?.details).toMatchObject({
			formulation: proposalId,
			round: 1,
			before: QUESTION
		});

		expect(await publishDraftQuestion(ctx, facilitator, ASKING, { text: 'Nytt utkast' })).toMatchObject({
			ok: true,
			value: { round: 2 }
		});
		const rounds = await loadRounds(ctx, process.id);
		expect(rounds.map((r) => [r.number, r.isOpen, r.fixed?.id ?? null])).toEqual([
			[1, false, proposalId],
			[2, true, null]
		]);
	});

	it('takes no proposals for an unpublished process', async () => {
		expect(await proposeQuestion(ctx, { organisationId, slug: 'framtidens-fritid' }, { text: 'Hej?' })).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
	});
});
