import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import {
	decisionOutcomes,
	decisions,
	perspectiveContacts,
	notices,
	perspectives as perspectiveRows
} from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeProposals,
	makeStaffOfEachRole
} from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { advanceProcessPhase } from '../process/advance-process-phase';
import { findProcessBySlug } from '../process/queries/processes';
import { publishPerspectiveReport } from '../perspectives/publish-perspective-report';
import { previewDecisionPublication, previewPhaseAdvance, previewReportPublication } from './preview-notices';
import { countUntold } from './queue-notices';

const URL_BASE = 'https://dialog.testby.example';

describe.each(testDatabaseKinds())('what a step will send, before it is taken, on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let facilitator: Actor;
	let official: Actor;
	let clock = new Date('2027-02-01T09:00:00Z');

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => (clock = new Date(clock.getTime() + 1000)), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		({ facilitator, official } = await makeStaffOfEachRole(ctx, organisationId));
	});
	afterAll(() => database.close());

	/**
	 * A process with five people who asked to hear back: Ann (email, two perspectives, one with her phone too),
	 * Bo (email), Cia (phone only), Dan (unsubscribed) and Eva (withdrawn); one perspective without contact.
	 */
	async function processWithContributors(phase: 'compilation' | 'cocreation' | 'proposals') {
		const process = await makeProcess(ctx, organisationId, { phase });
		const made = await makePerspectives(
			ctx,
			process.id,
			['Ann ett', 'Ann två', 'Bo', 'Cia', 'Dan', 'Eva', 'Ingen kontakt'],
			{
				contacts: [
					{ email: 'ann@example.se' },
					{ email: 'ANN@example.se ', phone: '070-111 11 11' },
					{ email: 'bo@example.se' },
					{ phone: '070-222 22 22' },
					{ email: 'dan@example.se' },
					{ email: 'eva@example.se' }
				]
			}
		);
		await ctx.db
			.update(perspectiveContacts)
			.set({ unsubscribedAt: ctx.now() })
			.where(eq(perspectiveContacts.perspectiveId, made[4].id));
		// Withdrawing removes the contact details at once, as the receipt page does.
		await ctx.db.update(perspectiveRows).set({ status: 'withdrawn' }).where(eq(perspectiveRows.id, made[5].id));
		await ctx.db.delete(perspectiveContacts).where(eq(perspectiveContacts.perspectiveId, made[5].id));
		return { process, perspectives: made };
	}

	it('advancing into co-creation: the phase and everyone who asked to hear back, per channel', async () => {
		const { process } = await processWithContributors('compilation');
		const preview = await previewPhaseAdvance(ctx, facilitator, process.slug, 'compilation');
		expect(preview).toEqual({
			ok: true,
			value: {
				from: 'compilation',
				to: 'cocreation',
				audience: 'everyone',
				recipients: { people: 3, email: 2, sms: 2 }
			}
		});
		// Nothing changed: the process is where it was.
		expect((await findProcessBySlug(ctx.db, organisationId, process.slug))?.currentPhase).toBe('compilation');
		// What the step itself would refuse, the preview refuses too; and only for those who may take it.
		expect(await previewPhaseAdvance(ctx, facilitator, process.slug, 'collection')).toEqual({
			ok: false,
			error: { code: 'phase_changed', current: 'compilation' }
		});
		expect(await previewPhaseAdvance(ctx, official, process.slug, 'compilation')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('advancing into the decision phase: everyone hears (those behind a proposal read which)', async () => {
		const { process, perspectives } = await processWithContributors('proposals');
		await makeProposals(ctx, process.id, ['Fler bänkar'], { perspectiveIds: [perspectives[2].id, perspectives[3].id] });
		const preview = await previewPhaseAdvance(ctx, facilitator, process.slug, 'proposals');
		expect(preview.ok && preview.value).toMatchObject({
			to: 'decision',
			audience: 'everyone',
			recipients: { people: 3, email: 2, sms: 2 }
		});
		// The step itself queues as many messages.
		expect((await advanceProcessPhase(ctx, facilitator, process.slug, 'proposals', URL_BASE)).ok).toBe(true);
		const queued = await ctx.db
			.select({ channel: notices.channel })
			.from(notices)
			.where(eq(notices.eventKey, `proposals:${process.id}`));
		expect(queued.map((m) => m.channel).sort()).toEqual(['email', 'email', 'sms', 'sms']);
		// Asked again afterwards, nobody is left to tell.
		expect((await countUntold(ctx.db, process.id, `proposals:${process.id}`)).others.people).toBe(0);
	});

	it('advancing into a phase that tells nobody says so', async () => {
		const process = await makeProcess(ctx, organisationId, { phase: 'preparation' });
		const preview = await previewPhaseAdvance(ctx, facilitator, process.slug, 'preparation');
		expect(preview.ok && preview.value).toEqual({
			from: 'preparation',
			to: 'collection',
			audience: 'nobody',
			recipients: { people: 0, email: 0, sms: 0 }
		});
	});

	it('publishing the report: everyone who asked for news; publishing it again: only those not told before', async () => {
		const { process } = await processWithContributors('compilation');
		// By mail to Ann and Bo, by SMS to Ann and Cia.
		expect(await previewReportPublication(ctx, facilitator, process.slug)).toEqual({
			ok: true,
			value: { republish: false, recipients: { people: 3, email: 2, sms: 2 } }
		});
		const first = await publishPerspectiveReport(ctx, facilitator, process.slug, URL_BASE);
		expect(first.ok && first.value.notified).toBe(3);
		expect(await previewReportPublication(ctx, facilitator, process.slug)).toEqual({
			ok: true,
			value: { republish: true, recipients: { people: 0, email: 0, sms: 0 } }
		});
		// Someone new since: only they hear about it, and publishing again (later) queues just that one.
		await makePerspectives(ctx, process.id, ['Ny'], { contacts: [{ email: 'ny@example.se' }] });
		expect(await previewReportPublication(ctx, facilitator, process.slug)).toEqual({
			ok: true,
			value: { republish: true, recipients: { people: 1, email: 1, sms: 0 } }
		});
		const again = await publishPerspectiveReport(ctx, facilitator, process.slug, URL_BASE);
		expect(again.ok && again.value.notified).toBe(1);
		const early = await makeProcess(ctx, organisationId, { phase: 'collection' });
		expect(await previewReportPublication(ctx, facilitator, early.slug)).toEqual({
			ok: false,
			error: { code: 'too_early' }
		});
	});

	it('publishing a decision: those behind its proposals, and everyone else in the process', async () => {
		const { process, perspectives } = await processWithContributors('proposals');
		const [bench, roof] = await makeProposals(ctx, process.id, ['Fler bänkar', 'Tak'], {
			perspectiveIds: [perspectives[0].id, perspectives[1].id]
		});
		const decisionId = ctx.newId();
		const now = ctx.now();
		await ctx.db.insert(decisions).values({
			id: decisionId,
			processId: process.id,
			body: 'Kultur- och fritidsnämnden',
			bodyKind: 'committee',
			decidedOn: '2027-04-20',
			caseNumber: 'KFN 2027/12',
			minutesParagraph: '§ 4',
			status: 'draft',
			createdAt: now,
			updatedAt: now
		});
		await ctx.db.insert(decisionOutcomes).values([
			{ decisionId, proposalId: bench.id, outcome: 'adopted', reasons: '' },
			{ decisionId, proposalId: roof.id, outcome: 'rejected', reasons: 'Pengarna räcker inte i år.' }
		]);
		expect(await previewDecisionPublication(ctx, facilitator, process.slug, decisionId)).toEqual({
			ok: true,
			value: {
				caseNumber: 'KFN 2027/12',
				adopted: 1,
				// Ann, whose two perspectives both proposals build on (her email, and the phone she gave once)…
				touched: { people: 1, email: 1, sms: 1 },
				// …and Bo and Cia; not Dan (unsubscribed) nor Eva (withdrawn).
				others: { people: 2, email: 1, sms: 1 }
			}
		});
		// A decision that cannot be published yet is refused with the same reasons as publishing.
		await ctx.db.update(decisions).set({ minutesParagraph: '' }).where(eq(decisions.id, decisionId));
		expect(await previewDecisionPublication(ctx, facilitator, process.slug, decisionId)).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'minutesParagraph', message: 'error.decision.minutesMissing' }] }
		});
		expect(await previewDecisionPublication(ctx, official, process.slug, decisionId)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});
});
