import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import type { Database } from '../../db/client';
import { findMemberBySession, listMembers } from './queries/cocreation';
import { findProcessBySlug } from '../process/queries/processes';
import {
	auditEvents,
	harvestNotes,
	memberInvitations,
	outbox,
	processes,
	workingGroupMembers
} from '../../db/schema/index';
import { hashSessionToken } from '../../auth/session-token';
import { subscribe } from '../../live/harvest-broadcaster';
import { COCREATION_DEMO_SLUG, seedDemoCocreation } from '../../seed/demo-cocreation';
import { DEMO_PROCESSES } from '../../seed/demo-processes';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeMethods, makeOrganisation, makeProcess, makeStaffOfEachRole, makeTheme } from '../../testing/factories';
import { addMember, withdrawGroupMember } from './compose-working-group';
import type { UseCaseContext } from '../context';
import { argueProposal, draftProposal, hideProposalArgument } from './draft-proposal';
import { loadWorkingGroup } from './load-working-group';
import { addCommitment, changeCommitmentStatus } from './manage-commitments';
import { allocateDots, assessProposal } from './prioritise-proposals';
import { addHarvestNote, planSession, publishHarvest, reviseAgenda } from './run-session';
import { signInMember } from './sign-in-member';

const SLUG = 'torget-arbetsgruppen';
const URL_BASE = 'https://dialog.example';

describe.each(testDatabaseKinds())('working group, sessions, proposals and commitments on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let organisationId: string;
	let process: Process;
	let member: Actor;
	let demo: Process;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-02-12T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const staff = await makeStaffOfEachRole(ctx, organisationId);
		({ facilitator, official } = staff);
		await makeMethods(ctx, organisationId);
		await makeProcess(ctx, organisationId, { slug: 'leva-tillsammans-i-lillby', phase: 'compilation' });
		// A process in co-creation with a theme and three proposals drafted by the facilitator, no group yet.
		process = await makeProcess(ctx, organisationId, {
			slug: SLUG,
			title: 'Torget – arbetsgruppen',
			phase: 'cocreation',
			facilitatorUserId: staff.facilitator.userId
		});
		await makeTheme(ctx, process.id, 'Trygghet');
		for (const title of ['Skolan i mitten', 'Gemensam vårstädning', 'Aktivera torget'])
			expect(
				(
					await draftProposal(ctx, facilitator, SLUG, {
						title,
						what: `${title}: så här.`,
						why: 'Det bygger på perspektiven.',
						term: 'short',
						themeIds: [],
						perspectiveIds: []
					})
				).ok
			).toBe(true);
		// The demo's working group, seeded on its own (it brings its own process and perspectives).
		await database.db.transaction((tx) =>
			seedDemoCocreation(tx, {
				organisationId,
				facilitatorUserId: staff.facilitator.userId,
				officialUserId: staff.official.userId,
				now: ctx.now(),
				newId: ctx.newId
			})
		);
		demo = (await findProcessBySlug(database.db, organisationId, COCREATION_DEMO_SLUG))!;
	});
	afterAll(async () => database?.close());

	it('seeds the village working group: 19 members in four roles, two sessions with notes, three ranked proposals with commitments', async () => {
		expect(demo.currentPhase).toBe('cocreation');
		// It continues the village process, which the demo has in its compilation phase.
		expect(DEMO_PROCESSES.find((p) => p.slug === 'leva-tillsammans-i-lillby')!.currentPhase).toBe('compilation');
		const view = await loadWorkingGroup(database.db, demo, 'staff');
		expect(view.members).toHaveLength(19);
		expect(Object.fromEntries(view.balance.map((b) => [b.role, b.count]))).toEqual({
			elected: 4,
			official: 5,
			resident: 9,
			civilSociety: 1,
			facilitator: 0
		});
		expect(view.sessions.map((s) => [s.method, s.notes.length, Boolean(s.harvestPublishedAt)])).toEqual([
			['Fishbowl (konfrontativ dialog)', 6, true],
			['Open space', 3, false]
		]);
		expect(view.proposals.map((p) => p.title)).toEqual([
			'Skolan i mitten – en mer öppen och tillgänglig skola',
			'Gemensam vårstädning',
			'Aktivera Lillby i mitten – ett paraply för engagemang'
		]);
		expect(
			view.proposals.every((p) => p.commitments.length >= 2 && p.result.dots > 0 && p.perspectives.length === 2)
		).toBe(true);
		// One theme has nobody carrying it; the group shows it.
		expect(view.warnings.map((w) => (w.kind === 'theme' ? w.name : w.group))).toEqual(['Service och kommunikationer']);
		expect(view.underRepresented).toContain('16-24');
	});

	it('shows the public roles, not personal details: names only when agreed, no emails, small roles withheld', async () => {
		const view = await loadWorkingGroup(database.db, demo, 'public');
		expect(view.members.every((m) => m.email === null)).toBe(true);
		expect(view.members.filter((m) => m.name !== null)).toHaveLength(10);
		expect(JSON.stringify(view)).not.toContain('@lillby.example');
		// Unpublished harvests stay with the group.
		expect(view.sessions[1].notes).toEqual([]);
		const school = view.proposals[0];
		expect(school.result.byRole.find((r) => r.role === 'elected')).toMatchObject({
			members: 4,
			dots: null,
			means: null
		});
		expect(school.gap).toEqual({ criterion: 'feasibility', residents: 4, officials: 1 });
	});

	it('adds a member with the name and email apart, queues a personal link, and the link signs them in (only its hash stored)', async () => {
		const before = (await database.db.select().from(outbox)).length;
		const added = await addMember(
			ctx,
			facilitator,
			SLUG,
			{
				name: 'Sara Nilsson',
				email: 'Sara@Lillby.example',
				role: 'resident',
				brings: 'Ung förälder',
				themeIds: [],
				groups: ['16-24'],
				showName: '',
				invite: 'on'
			},
			URL_BASE
		);
		expect(added.ok).toBe(true);
		const id = added.ok ? added.value.id : '';
		const row = (await database.db.select().from(workingGroupMembers).where(eq(workingGroupMembers.id, id)))[0];
		expect(JSON.stringify(row)).not.toContain('Sara');
		const mails = await database.db.select().from(outbox);
		expect(mails).toHaveLength(before + 1);
		const mail = mails.find((m) => m.recipient === 'sara@lillby.example')!;
		expect(mail.subject).toBe('Välkommen till arbetsgruppen för Torget – arbetsgruppen');
		const token = mail.bodyText.match(/https:\/\/dialog\.example\/delta\/([A-Za-z0-9_-]+)/)![1];
		const stored = await database.db.select().from(memberInvitations).where(eq(memberInvitations.memberId, id));
		expect(stored[0].tokenHash).toBe(hashSessionToken(token));
		expect(JSON.stringify(stored)).not.toContain(token);
		// A link opened on another organisation's address does nothing.
		expect((await signInMember(ctx, randomUUID(), token)).ok).toBe(false);
		const signedIn = await signInMember(ctx, organisationId, token);
		expect(signedIn.ok && signedIn.value.slug).toBe(SLUG);
		const session = await findMemberBySession(
			database.db,
			hashSessionToken(signedIn.ok ? signedIn.value.token : ''),
			ctx.now()
		);
		expect(session).toMatchObject({ kind: 'member', memberId: id, role: 'resident', slug: SLUG });
		member = { kind: 'member', memberId: id, processId: process.id, organisationId, role: 'resident' };
		expect((await signInMember(ctx, organisationId, 'not-a-real-token-at-all-xxxxx')).ok).toBe(false);
	});

	it('only the facilitator composes the group and plans sessions; officials take notes; members vote', async () => {
		const input = { name: 'X', email: 'x@lillby.example', role: 'resident' };
		expect(await addMember(ctx, official, SLUG, input, URL_BASE)).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(await addMember(ctx, member, SLUG, input, URL_BASE)).toEqual({ ok: false, error: { code: 'forbidden' } });
		expect(
			await planSession(ctx, official, SLUG, { title: 'x', heldOn: '2027-03-01', place: 'x', methodKey: 'open-space' })
		).toEqual({ ok: false, error: { code: 'forbidden' } });
		const proposals = (await loadWorkingGroup(database.db, process, 'staff')).proposals;
		expect(await allocateDots(ctx, facilitator, SLUG, { dots: { [proposals[0].id]: '1' } })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		// A member of this process cannot act in another.
		expect(
			await draftProposal(ctx, member, 'leva-tillsammans-i-lillby', { title: 'x', what: 'x', why: 'x', term: 'short' })
		).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('stores a harvest note before broadcasting it, with themes; a published harvest takes no more notes', async () => {
		const planned = await planSession(ctx, facilitator, SLUG, {
			title: 'Walk and talk längs ån',
			heldOn: '2027-03-03',
			place: 'Bron vid ån',
			methodKey: 'walk-and-talk',
			agenda: 'Promenad'
		});
		expect(planned.ok).toBe(true);
		const sessionId = planned.ok ? planned.value.id : '';
		expect(
			(
				await planSession(ctx, facilitator, SLUG, {
					title: 'x',
					heldOn: '2027-03-03',
					place: 'x',
					methodKey: 'medborgarjury'
				})
			).ok
		).toBe(false);
		const theme = (await loadWorkingGroup(database.db, process, 'staff')).themes[0];
		let storedAtBroadcast: unknown[] = [];
		const stop = subscribe(sessionId, (note) => {
			storedAtBroadcast = [note];
			void database.db
				.select()
				.from(harvestNotes)
				.where(eq(harvestNotes.id, note.id))
				.then((rows) => (storedAtBroadcast = rows));
		});
		const added = await addHarvestNote(ctx, official, SLUG, sessionId, {
			kind: 'idea',
			text: 'En bänk vid ån där man kan sitta och prata.',
			themeIds: [theme.id]
		});
		stop();
		expect(added.ok).toBe(true);
		await new Promise((r) => setTimeout(r, 50));
		expect(storedAtBroadcast).toHaveLength(1);
		expect((await addHarvestNote(ctx, official, SLUG, sessionId, { kind: 'idea', text: '  ' })).ok).toBe(false);
		expect(await reviseAgenda(ctx, official, SLUG, sessionId, { agenda: 'Ny' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect((await publishHarvest(ctx, facilitator, SLUG, sessionId)).ok).toBe(true);
		expect(await addHarvestNote(ctx, facilitator, SLUG, sessionId, { kind: 'insight', text: 'För sent.' })).toEqual({
			ok: false,
			error: { code: 'published' }
		});
		const pub = await loadWorkingGroup(database.db, process, 'public');
		expect(pub.sessions.find((s) => s.id === sessionId)!.notes.map((n) => [n.text, n.themes])).toEqual([
			['En bänk vid ån där man kan sitta och prata.', [theme.name]]
		]);
	});

	it('members place dots within their allowance and assess proposals; the public argues as text; hiding needs a reason', async () => {
		const [school, cleanUp, umbrella] = (await loadWorkingGroup(database.db, process, 'staff')).proposals;
		const tooMany = await allocateDots(ctx, member, SLUG, { dots: { [school.id]: '4', [umbrella.id]: '2' } });
		expect(tooMany).toMatchObject({
			ok: false,
			error: { code: 'invalid', fields: [{ message: 'error.dots.tooMany' }] }
		});
		expect(await allocateDots(ctx, member, SLUG, { dots: { [cleanUp.id]: '5', [school.id]: '' } })).toEqual({
			ok: true,
			value: { used: 5, of: 5 }
		});
		expect(await allocateDots(ctx, member, SLUG, { dots: { [cleanUp.id]: '3', [umbrella.id]: '2' } })).toEqual({
			ok: true,
			value: { used: 5, of: 5 }
		});
		const after = (await loadWorkingGroup(database.db, process, 'staff')).proposals;
		expect(after.find((p) => p.id === cleanUp.id)!.result.dots).toBe(cleanUp.result.dots + 3);
		expect(after.find((p) => p.id === umbrella.id)!.result.dots).toBe(umbrella.result.dots + 2);
		expect(
			(
				await assessProposal(ctx, member, SLUG, school.id, {
					sustainability: '5',
					legitimacy: '4',
					service: '5',
					feasibility: '6'
				})
			).ok
		).toBe(false);
		expect(
			(
				await assessProposal(ctx, member, SLUG, school.id, {
					sustainability: '5',
					legitimacy: '4',
					service: '5',
					feasibility: '3'
				})
			).ok
		).toBe(true);

		const argued = await argueProposal(ctx, { kind: 'anonymous' }, { slug: SLUG, organisationId }, cleanUp.id, {
			side: 'against',
			text: '<b>Varför</b> bara en dag?'
		});
		expect(argued).toMatchObject({ ok: true, value: { source: 'public' } });
		expect(
			(
				await argueProposal(ctx, { kind: 'anonymous' }, { slug: SLUG, organisationId }, cleanUp.id, {
					side: 'maybe',
					text: ''
				})
			).ok
		).toBe(false);
		const argumentId = argued.ok ? argued.value.id : '';
		expect((await hideProposalArgument(ctx, facilitator, SLUG, { argumentId, reason: '' })).ok).toBe(false);
		expect((await hideProposalArgument(ctx, facilitator, SLUG, { argumentId, reason: 'Innehöll ett hot.' })).ok).toBe(
			true
		);
		const shown = (await loadWorkingGroup(database.db, process, 'public')).proposals
			.find((p) => p.id === cleanUp.id)!
			.arguments.find((a) => a.id === argumentId);
		expect(shown).toMatchObject({ text: null, hiddenReason: 'Innehöll ett hot.' });
	});

	it('records commitments with owner and date; cancelling needs a reason; done is final', async () => {
		const [school] = (await loadWorkingGroup(database.db, process, 'staff')).proposals;
		const added = await addCommitment(ctx, facilitator, SLUG, school.id, {
			party: 'association',
			what: 'Språkcafé varje tisdag',
			owner: 'Studieförbundet',
			dueOn: '2027-09-01'
		});
		expect(added.ok).toBe(true);
		const commitmentId = added.ok ? added.value.id : '';
		expect(
			(await addCommitment(ctx, facilitator, SLUG, school.id, { party: 'nobody', what: '', owner: '', dueOn: 'snart' }))
				.ok
		).toBe(false);
		expect(
			await changeCommitmentStatus(ctx, facilitator, SLUG, { commitmentId, status: 'cancelled', reason: '' })
		).toMatchObject({ ok: false, error: { fields: [{ message: 'error.commitment.reason' }] } });
		expect(
			(await changeCommitmentStatus(ctx, facilitator, SLUG, { commitmentId, status: 'done', reason: '' })).ok
		).toBe(true);
		expect(
			await changeCommitmentStatus(ctx, facilitator, SLUG, { commitmentId, status: 'ongoing', reason: '' })
		).toMatchObject({ ok: false, error: { fields: [{ message: 'error.commitment.final' }] } });
		expect(
			await addCommitment(ctx, member, SLUG, school.id, {
				party: 'residents',
				what: 'x',
				owner: 'x',
				dueOn: '2027-09-01'
			})
		).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('audits every change, naming members by id and never by name', async () => {
		const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, process.id));
		const actions = new Set(events.map((e) => e.action));
		for (const a of [
			'workingGroup.memberAdded',
			'workingGroup.memberSignedIn',
			'session.planned',
			'session.noteAdded',
			'session.harvestPublished',
			'proposal.dotsPlaced',
			'proposal.assessed',
			'proposal.argued',
			'proposal.argumentHidden',
			'commitment.added',
			'commitment.statusChanged'
		]) {
			expect(actions, a).toContain(a);
		}
		expect(JSON.stringify(events)).not.toContain('Sara');
		expect(events.find((e) => e.action === 'proposal.dotsPlaced')!.details).toMatchObject({
			memberId: (member as { memberId: string }).memberId
		});
	});

	it('closes dots and public arguments outside co-creation and proposals, and a withdrawn member loses access', async () => {
		const [school] = (await loadWorkingGroup(database.db, process, 'staff')).proposals;
		await database.db.update(processes).set({ currentPhase: 'decision' }).where(eq(processes.id, process.id));
		expect(await allocateDots(ctx, member, SLUG, { dots: { [school.id]: '1' } })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(
			await argueProposal(ctx, { kind: 'anonymous' }, { slug: SLUG, organisationId }, school.id, {
				side: 'for',
				text: 'Bra'
			})
		).toEqual({ ok: false, error: { code: 'forbidden' } });
		await database.db.update(processes).set({ currentPhase: 'cocreation' }).where(eq(processes.id, process.id));
		const memberId = (member as { memberId: string }).memberId;
		expect((await withdrawGroupMember(ctx, facilitator, SLUG, { memberId, reason: '' })).ok).toBe(false);
		expect((await withdrawGroupMember(ctx, facilitator, SLUG, { memberId, reason: 'Flyttar från byn.' })).ok).toBe(
			true
		);
		expect((await listMembers(database.db, process.id)).find((m) => m.id === memberId)!.withdrawnReason).toBe(
			'Flyttar från byn.'
		);
		const view = await loadWorkingGroup(database.db, process, 'public');
		expect(view.members.some((m) => m.id === memberId)).toBe(false);
	});
});
