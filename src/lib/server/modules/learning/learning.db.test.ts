import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { listAudit } from '../records/queries/audit';
import { loadUnadoptedProposals } from '../decision/queries/decisions';
import { findCarryOver, findNextLoop, listAnswers } from './queries/learning';
import { isFacilitatorOf } from '../identity/queries/staff';
import { findProcessBySlug } from '../process/queries/processes';
import {
	decisionOutcomes,
	decisions,
	evaluationAnswers,
	evaluationRespondents,
	perspectives,
	processes,
	proposals,
	tensions
} from '../../db/schema/index';
import { DEMO_LESSONS, EVALUATION_DEMO_SLUG, seedDemoEvaluation } from '../../seed/demo-evaluation';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeProposals,
	makeStaffOfEachRole
} from '../../testing/factories';
import { answerEvaluation, answerEvaluationAsStaff, loadEvaluationForPublic } from './answer-evaluation';
import type { UseCaseContext } from '../context';
import { loadEvaluationForStaff, setEvaluationOpen } from './manage-evaluation';
import { loadLessonsForStaff, loadPublicLessons, recordLesson, reviseLesson, withdrawLesson } from './record-lessons';
import { loadNextLoopForm, startNextLoop } from './start-next-loop';

const STORGATAN = 'trygg-storgatan';
const DRAFT = 'framtidens-fritid';
/** A working group's process in co-creation, whose next loop is started below. */
const SOURCE = 'tillsammans-i-lillby-arbetsgruppen';
const token = () => randomBytes(24).toString('base64url');
const good = (over: Record<string, string> = {}) => ({
	trust: '4',
	understanding: '5',
	influence: '3',
	again: 'yes',
	comment: '',
	...over
});

describe.each(testDatabaseKinds())('evaluation, lessons and the next loop on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let facilitator: Actor;
	let official: Actor;
	let admin: Actor;
	const anonymous: Actor = { kind: 'anonymous' };
	const participant = (t = token()) => ({ organisationId, slug: STORGATAN, token: t });

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-09-01T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		({ facilitator, official, admin } = await makeStaffOfEachRole(ctx, organisationId));
		await makeProcess(ctx, organisationId, { slug: STORGATAN });
		await makeProcess(ctx, organisationId, { slug: DRAFT, phase: 'preparation', isPublished: false });
		// The demo's survey results and lessons, seeded on their own on a process of the demo's slug.
		const evaluated = await makeProcess(ctx, organisationId, { slug: EVALUATION_DEMO_SLUG, phase: 'compilation' });
		await database.db.transaction((tx) => seedDemoEvaluation(tx, evaluated.id, ctx.now(), ctx.newId));
		// A working group's process with perspectives and three proposals, run by the facilitator.
		const source = await makeProcess(ctx, organisationId, {
			slug: SOURCE,
			title: 'Tillsammans i Lillby – arbetsgruppen',
			phase: 'cocreation',
			facilitatorUserId: facilitator.kind === 'staff' ? facilitator.userId : undefined
		});
		await makePerspectives(ctx, source.id, [
			'Skolan borde vara öppen på kvällarna.',
			'Ingen tar ansvar för lokalerna på kvällen.',
			'Vi behöver en mötesplats i byn.'
		]);
		await makeProposals(ctx, source.id, ['Skolan i mitten', 'Gemensam vårstädning', 'Aktivera Lillby i mitten']);
	});
	afterAll(async () => database?.close());

	describe('the demo', () => {
		it('has a closed survey with results from 40 participants and 8 staff, comments redacted, and the lessons', async () => {
			// The survey tests below use another process, so that the demo's answers do not mix in.
			expect(EVALUATION_DEMO_SLUG).not.toBe(STORGATAN);
			const view = await loadEvaluationForStaff(ctx, official, EVALUATION_DEMO_SLUG);
			if (!view.ok) throw new Error('no view');
			expect(view.value.survey).toMatchObject({ isOpen: false });
			const [p, s] = view.value.results;
			if (p.suppressed || s.suppressed) throw new Error('demo results should be shown');
			expect([p.answers, s.answers]).toEqual([40, 8]);
			expect(p.scales.trust.mean).toBeGreaterThan(3);
			expect(p.again.counts).toEqual({ yes: 26, no: 5, unsure: 9 });
			expect(p.comments.length).toBeGreaterThanOrEqual(3);
			expect(p.comments.join(' ')).not.toMatch(/070/);
			const page = await loadEvaluationForPublic(ctx, {
				organisationId,
				slug: EVALUATION_DEMO_SLUG,
				token: undefined,
				isStaff: false
			});
			expect(page.ok && page.value.results?.length).toBe(2);
			const lessons = await loadPublicLessons(ctx, organisationId, EVALUATION_DEMO_SLUG, false);
			expect(lessons.ok && lessons.value.lessons.length).toBe(DEMO_LESSONS.filter((l) => l.isPublic).length);
			expect(lessons.ok && lessons.value.lessons.some((l) => l.text.includes('perspektivrapport utan censur'))).toBe(
				true
			);
		});
	});

	describe('the evaluation survey', () => {
		it('is opened by the facilitator only, and only for a published process', async () => {
			expect(await setEvaluationOpen(ctx, official, STORGATAN, true)).toEqual({
				ok: false,
				error: { code: 'forbidden' }
			});
			expect(await setEvaluationOpen(ctx, anonymous, STORGATAN, true)).toEqual({
				ok: false,
				error: { code: 'forbidden' }
			});
			expect(await setEvaluationOpen(ctx, facilitator, DRAFT, true)).toEqual({
				ok: false,
				error: { code: 'not_published' }
			});
			expect(await answerEvaluation(ctx, participant(), good())).toEqual({ ok: false, error: { code: 'closed' } });
			const opened = await setEvaluationOpen(ctx, facilitator, STORGATAN, true);
			expect(opened).toMatchObject({ ok: true, value: { isOpen: true, closedAt: null } });
			expect(await setEvaluationOpen(ctx, admin, STORGATAN, true)).toEqual({ ok: false, error: { code: 'unchanged' } });
			const process = (await findProcessBySlug(database.db, organisationId, STORGATAN))!;
			expect((await listAudit(database.db, organisationId, { entityId: process.id })).map((a) => a.action)).toContain(
				'evaluation.opened'
			);
		});

		it('says everything that is missing at once, and stores nothing for a rejected answer', async () => {
			const me = participant();
			const result = await answerEvaluation(ctx, me, {
				trust: '7',
				understanding: '',
				again: 'kanske',
				comment: 'x'.repeat(2001)
			});
			expect(result.ok).toBe(false);
			if (result.ok || result.error.code !== 'invalid') throw new Error('expected invalid');
			expect(result.error.fields.map((f) => f.message)).toEqual([
				'error.evaluation.trust',
				'error.evaluation.understanding',
				'error.evaluation.influence',
				'error.evaluation.again',
				'error.evaluation.commentLong'
			]);
			expect(await answerEvaluation(ctx, me, good())).toEqual({ ok: true, value: { audience: 'participant' } });
		});

		it('takes one answer per browser and process: the same cookie cannot answer twice', async () => {
			const me = participant();
			expect((await answerEvaluation(ctx, me, good())).ok).toBe(true);
			expect(await answerEvaluation(ctx, me, good({ trust: '1' }))).toEqual({
				ok: false,
				error: { code: 'already_answered' }
			});
			const page = await loadEvaluationForPublic(ctx, {
				organisationId,
				slug: STORGATAN,
				token: me.token,
				isStaff: false
			});
			expect(page.ok && page.value.hasAnswered).toBe(true);
			const other = await loadEvaluationForPublic(ctx, {
				organisationId,
				slug: STORGATAN,
				token: token(),
				isStaff: false
			});
			expect(other.ok && other.value.hasAnswered).toBe(false);
		});

		it('takes one answer per staff member, from every staff role', async () => {
			expect(await answerEvaluationAsStaff(ctx, anonymous, STORGATAN, good())).toEqual({
				ok: false,
				error: { code: 'forbidden' }
			});
			expect(await answerEvaluationAsStaff(ctx, official, STORGATAN, good({ again: 'unsure' }))).toEqual({
				ok: true,
				value: { audience: 'staff' }
			});
			expect(await answerEvaluationAsStaff(ctx, official, STORGATAN, good())).toEqual({
				ok: false,
				error: { code: 'already_answered' }
			});
			const view = await loadEvaluationForStaff(ctx, official, STORGATAN);
			expect(view.ok && view.value.hasAnswered).toBe(true);
			const facilitatorView = await loadEvaluationForStaff(ctx, facilitator, STORGATAN);
			expect(facilitatorView.ok && facilitatorView.value.hasAnswered).toBe(false);
		});

		it('stores no personal data: only hashes of who answered, apart from answers that carry the day only', async () => {
			const process = (await findProcessBySlug(database.db, organisationId, STORGATAN))!;
			const respondents = await database.db
				.select()
				.from(evaluationRespondents)
				.where(eq(evaluationRespondents.processId, process.id));
			expect(respondents).toHaveLength(3);
			expect(respondents.every((r) => /^[0-9a-f]{64}$/.test(r.respondentHash))).toBe(true);
			const staffUserId = (official as { userId: string }).userId;
			expect(JSON.stringify(respondents)).not.toContain(staffUserId);
			const [row] = await database.db
				.select()
				.from(evaluationAnswers)
				.where(eq(evaluationAnswers.processId, process.id))
				.limit(1);
			expect(Object.keys(row).sort()).toEqual([
				'again',
				'answeredOn',
				'audience',
				'comment',
				'id',
				'influence',
				'processId',
				'trust',
				'understanding'
			]);
			expect(row.answeredOn).toBe('2027-09-01');
			// Answering is not audited: an exact time and actor would undo the anonymity.
			expect((await listAudit(database.db, organisationId)).some((a) => a.action.startsWith('evaluation.answer'))).toBe(
				false
			);
		});

		it('suppresses an audience below five answers, shows it from five, and gives comments (redacted) to staff only', async () => {
			const before = await loadEvaluationForStaff(ctx, facilitator, STORGATAN);
			expect(before.ok && before.value.results).toEqual([
				{ audience: 'participant', suppressed: true },
				{ audience: 'staff', suppressed: true }
			]);
			await answerEvaluation(
				ctx,
				participant(),
				good({ trust: '2', again: 'no', comment: 'Ring mig på 070-123 45 67, jag heter Anna Svensson.' })
			);
			await answerEvaluation(ctx, participant(), good({ trust: '3' }));
			await answerEvaluation(ctx, participant(), good({ trust: '5', again: 'unsure' }));
			const after = await loadEvaluationForStaff(ctx, official, STORGATAN);
			if (!after.ok) throw new Error('no view');
			const [p, s] = after.value.results;
			expect(s).toEqual({ audience: 'staff', suppressed: true });
			if (p.suppressed) throw new Error('participants should be shown');
			expect(p.answers).toBe(5);
			expect(p.scales.trust.counts).toEqual([0, 1, 1, 2, 1]);
			expect(p.again.counts).toEqual({ yes: 3, no: 1, unsure: 1 });
			expect(p.comments).toHaveLength(1);
			expect(p.comments[0]).not.toContain('070');
			expect(p.comments[0]).toContain('[borttaget]');
		});

		it('shows public results only after closing, never with comments, and takes no answers when closed', async () => {
			const open = await loadEvaluationForPublic(ctx, {
				organisationId,
				slug: STORGATAN,
				token: undefined,
				isStaff: false
			});
			expect(open.ok && open.value.results).toBeNull();
			expect((await setEvaluationOpen(ctx, facilitator, STORGATAN, false)).ok).toBe(true);
			const closed = await loadEvaluationForPublic(ctx, {
				organisationId,
				slug: STORGATAN,
				token: undefined,
				isStaff: false
			});
			if (!closed.ok || !closed.value.results) throw new Error('no public results');
			const [p] = closed.value.results;
			expect(!p.suppressed && p.answers).toBe(5);
			expect(!p.suppressed && p.comments).toEqual([]);
			expect(await answerEvaluation(ctx, participant(), good())).toEqual({ ok: false, error: { code: 'closed' } });
			expect(await answerEvaluationAsStaff(ctx, facilitator, STORGATAN, good())).toEqual({
				ok: false,
				error: { code: 'closed' }
			});
			const process = (await findProcessBySlug(database.db, organisationId, STORGATAN))!;
			expect(await listAnswers(database.db, process.id)).toHaveLength(6);
		});
	});

	describe('lessons', () => {
		let lessonId = '';

		it('are recorded by the facilitator, with a kind and a text, and nobody else', async () => {
			expect(await recordLesson(ctx, official, STORGATAN, { kind: 'worked', text: 'x' })).toEqual({
				ok: false,
				error: { code: 'forbidden' }
			});
			const bad = await recordLesson(ctx, facilitator, STORGATAN, { kind: '', text: ' ' });
			expect(!bad.ok && bad.error.code === 'invalid' && bad.error.fields.map((f) => f.message)).toEqual([
				'error.lesson.kind',
				'error.lesson.text'
			]);
			const made = await recordLesson(ctx, facilitator, STORGATAN, {
				kind: 'worked',
				text: 'Tältet på torget nådde många som aldrig skriver på webben.'
			});
			if (!made.ok) throw new Error('not recorded');
			lessonId = made.value.id;
			await recordLesson(ctx, facilitator, STORGATAN, {
				kind: 'nextTime',
				text: 'Börja tidigare med unga.',
				isPublic: 'on'
			});
		});

		it('are public only when marked so', async () => {
			const shown = await loadPublicLessons(ctx, organisationId, STORGATAN, false);
			expect(shown.ok && shown.value.lessons.map((l) => l.text)).toEqual(['Börja tidigare med unga.']);
			expect(await loadPublicLessons(ctx, organisationId, 'leva-tillsammans-i-lillby-finns-inte', false)).toEqual({
				ok: false,
				error: { code: 'not_found' }
			});
		});

		it('can be edited and withdrawn; a withdrawn lesson is shown nowhere', async () => {
			expect(
				(
					await reviseLesson(ctx, facilitator, STORGATAN, {
						lessonId,
						kind: 'worked',
						text: 'Tältet på torget nådde många.',
						isPublic: 'on'
					})
				).ok
			).toBe(true);
			let shown = await loadPublicLessons(ctx, organisationId, STORGATAN, false);
			expect(shown.ok && shown.value.lessons.map((l) => l.text).sort()).toEqual([
				'Börja tidigare med unga.',
				'Tältet på torget nådde många.'
			]);
			expect(await withdrawLesson(ctx, official, STORGATAN, lessonId)).toEqual({
				ok: false,
				error: { code: 'forbidden' }
			});
			expect((await withdrawLesson(ctx, facilitator, STORGATAN, lessonId)).ok).toBe(true);
			expect(await withdrawLesson(ctx, facilitator, STORGATAN, lessonId)).toEqual({
				ok: false,
				error: { code: 'not_found' }
			});
			shown = await loadPublicLessons(ctx, organisationId, STORGATAN, false);
			expect(shown.ok && shown.value.lessons.map((l) => l.text)).toEqual(['Börja tidigare med unga.']);
			const staff = await loadLessonsForStaff(ctx, official, STORGATAN);
			expect(staff.ok && staff.value.lessons.map((l) => l.text)).toEqual(['Börja tidigare med unga.']);
			const actions = (await listAudit(database.db, organisationId))
				.filter((a) => a.entityId === lessonId)
				.map((a) => a.action);
			expect(actions.sort()).toEqual(['lesson.recorded', 'lesson.revised', 'lesson.withdrawn']);
		});
	});

	describe('starting the next loop', () => {
		const NEXT = 'tillsammans-i-lillby-varv-2';

		it('is refused before implementation, and to officials', async () => {
			// Put it in decision: one step too early.
			await database.db.update(processes).set({ currentPhase: 'decision' }).where(eq(processes.slug, SOURCE));
			expect(await startNextLoop(ctx, official, SOURCE, {})).toEqual({
				ok: false,
				error: { code: 'forbidden' }
			});
			expect(await startNextLoop(ctx, facilitator, SOURCE, { title: 'X', slug: 'x', question: 'Y?' })).toEqual({
				ok: false,
				error: { code: 'too_early' }
			});
		});

		it('prefills title, slug and question, and previews what is carried over', async () => {
			const source = (await findProcessBySlug(database.db, organisationId, SOURCE))!;
			await database.db.update(processes).set({ currentPhase: 'implementation' }).where(eq(processes.id, source.id));
			// A published decision: the first proposal adopted, the second rejected with reasons, the third referred.
			const list = await database.db.select().from(proposals).where(eq(proposals.processId, source.id));
			const byTitle = (t: string) => list.find((p) => p.title.startsWith(t))!;
			const ordered = [list[0], list[1], list[2]];
			const decisionId = randomUUID();
			await database.db.insert(decisions).values({
				id: decisionId,
				processId: source.id,
				body: 'Kommunstyrelsen',
				bodyKind: 'executive',
				decidedOn: '2099-06-10',
				caseNumber: 'KS 2099/1',
				status: 'published',
				publishedAt: new Date('2099-06-11T10:00:00Z'),
				createdAt: new Date(),
				updatedAt: new Date()
			});
			await database.db.insert(decisionOutcomes).values([
				{ decisionId, proposalId: ordered[0].id, outcome: 'adopted', reasons: '' },
				{ decisionId, proposalId: ordered[1].id, outcome: 'rejected', reasons: 'Ryms inte i budgetramen för 2027.' },
				{
					decisionId,
					proposalId: ordered[2].id,
					outcome: 'referred',
					reasons: 'Skickas till barn- och utbildningsnämnden.'
				}
			]);
			expect(byTitle(ordered[0].title).id).toBe(ordered[0].id);
			// A tension with one side hidden in moderation.
			const sides = await database.db
				.select()
				.from(perspectives)
				.where(and(eq(perspectives.processId, source.id), eq(perspectives.status, 'visible')))
				.limit(2);
			await database.db.insert(tensions).values({
				id: randomUUID(),
				processId: source.id,
				title: 'Skolan på kvällen',
				description: 'Ansvar eller mötesplats',
				sideAPerspectiveId: sides[0].id,
				sideBPerspectiveId: sides[1].id,
				createdAt: new Date()
			});
			await database.db
				.update(perspectives)
				.set({ status: 'hidden', hiddenReason: 'Hot mot en person.' })
				.where(eq(perspectives.id, sides[1].id));
			await recordLesson(ctx, facilitator, SOURCE, {
				kind: 'worked',
				text: 'En neutral samtalsledare gjorde samtalen konstruktiva.'
			});

			const form = await loadNextLoopForm(ctx, admin, SOURCE);
			if (!form.ok) throw new Error('no form');
			expect(form.value.defaults).toEqual({
				title: 'Tillsammans i Lillby – arbetsgruppen – varv 2',
				slug: 'tillsammans-i-lillby-arbetsgruppen-varv-2',
				question: source.question
			});
			expect(form.value.canStart).toBe(true);
			expect(form.value.preview.proposals.map((p) => p.title)).not.toContain(ordered[0].title);
		});

		it('checks the form and says what to fix, keeping the rest', async () => {
			const bad = await startNextLoop(ctx, facilitator, SOURCE, {
				title: '',
				slug: 'leva-tillsammans-i-lillby',
				question: ''
			});
			expect(!bad.ok && bad.error.code === 'invalid' && bad.error.fields).toEqual([
				{ field: 'title', message: 'error.title.required' },
				{ field: 'question', message: 'error.question.required' },
				{ field: 'slug', message: 'error.slug.taken' }
			]);
			const badSlug = await startNextLoop(ctx, facilitator, SOURCE, {
				title: 'X',
				slug: 'Med Mellanslag',
				question: 'Y?'
			});
			expect(!badSlug.ok && badSlug.error.code === 'invalid' && badSlug.error.fields).toEqual([
				{ field: 'slug', message: 'error.slug.format' }
			]);
		});

		it('creates a draft with a reference to the previous process and a snapshot of question, tensions, unadopted proposals and lessons', async () => {
			const source = (await findProcessBySlug(database.db, organisationId, SOURCE))!;
			const unadopted = await loadUnadoptedProposals(database.db, source.id);
			const started = await startNextLoop(ctx, facilitator, SOURCE, {
				title: 'Tillsammans i Lillby – varv 2',
				slug: NEXT,
				question: 'Hur når vi dem som inte var med förra gången?'
			});
			if (!started.ok) throw new Error(JSON.stringify(started.error));
			const next = started.value;
			expect(next).toMatchObject({
				slug: NEXT,
				currentPhase: 'preparation',
				isPublished: false,
				question: 'Hur når vi dem som inte var med förra gången?',
				purpose: source.purpose,
				participation: source.participation
			});
			expect(next.influence.whoDecides).toBe('');
			// The same facilitators run the next loop.
			expect(
				facilitator.kind === 'staff' && (await isFacilitatorOf(database.db, organisationId, NEXT, facilitator.userId))
			).toBe(true);

			const carried = (await findCarryOver(database.db, next.id))!;
			expect(carried.from).toEqual({ slug: SOURCE, title: source.title, isPublished: true });
			const s = carried.snapshot;
			expect(s.question).toBe(source.question);
			const tension = s.tensions.find((t) => t.title === 'Skolan på kvällen')!;
			expect(tension.description).toBe('Ansvar eller mötesplats');
			expect(tension.sideA.length).toBeGreaterThan(0);
			expect(tension.sideB).toBe('');
			expect(s.proposals).toEqual(unadopted.map((p) => ({ title: p.title, outcome: p.outcome, reasons: p.reasons })));
			expect(s.proposals.map((p) => p.outcome)).toEqual(expect.arrayContaining(['rejected', 'referred']));
			expect(s.proposals.find((p) => p.outcome === 'rejected')!.reasons).toBe('Ryms inte i budgetramen för 2027.');
			expect(s.lessons).toContainEqual({
				kind: 'worked',
				text: 'En neutral samtalsledare gjorde samtalen konstruktiva.'
			});
			expect(await findNextLoop(database.db, source.id)).toEqual({
				slug: NEXT,
				title: 'Tillsammans i Lillby – varv 2',
				isPublished: false
			});

			const onOld = (await listAudit(database.db, organisationId, { entityId: source.id })).find(
				(a) => a.action === 'process.nextLoopStarted'
			);
			expect(onOld?.details).toMatchObject({ slug: NEXT, proposals: unadopted.length });
			const onNew = (await listAudit(database.db, organisationId, { entityId: next.id })).map((a) => a.action);
			expect(onNew).toEqual(['process.created']);
		});

		it('starts only one next loop per process', async () => {
			expect(await startNextLoop(ctx, facilitator, SOURCE, { title: 'Igen', slug: 'igen', question: 'Igen?' })).toEqual(
				{ ok: false, error: { code: 'already_started', slug: NEXT } }
			);
		});
	});
});
