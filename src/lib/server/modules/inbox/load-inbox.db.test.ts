import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import {
	decisions,
	implementationItems,
	implementationMilestones,
	notices,
	outbox,
	statements
} from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeProposals,
	makeStaff,
	makeStaffOfEachRole,
	makeTheme
} from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { loadInbox, type InboxSection } from './load-inbox';

const NOW = new Date('2027-05-10T09:00:00Z');

describe.each(testDatabaseKinds())('the staff inbox on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let staff: Record<'admin' | 'facilitator' | 'official' | 'elected', Actor>;
	let otherFacilitator: Actor;
	let collecting: { slug: string; title: string };
	let implementing: { slug: string; title: string };

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => NOW, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		staff = await makeStaffOfEachRole(ctx, organisationId);
		otherFacilitator = (await makeStaff(ctx, organisationId, 'facilitator', { name: 'Frida Annan' })).actor;
		const facilitatorUserId = (staff.facilitator as Extract<Actor, { kind: 'staff' }>).userId;

		// Collecting: three perspectives without a theme (one of them hidden), one in a theme; two statements to moderate.
		const c = await makeProcess(ctx, organisationId, { title: 'Trygg Storgatan', facilitatorUserId });
		collecting = { slug: c.slug, title: c.title };
		const theme = await makeTheme(ctx, c.id, 'Belysning');
		await makePerspectives(ctx, c.id, ['Mörkt vid busshållplatsen.', 'Fler bänkar.']);
		await makePerspectives(ctx, c.id, ['Olagligt innehåll.'], { status: 'hidden', hiddenReason: 'Hot' });
		await makePerspectives(ctx, c.id, ['Mer ljus i parken.'], { themeId: theme.id });
		await ctx.db.insert(statements).values(
			['Fler bänkar längs ån.', 'Padelbana bakom skolan.', 'Godkänt redan.'].map((text, i) => ({
				id: ctx.newId(),
				processId: c.id,
				text,
				origin: 'participant' as const,
				status: i < 2 ? ('pending' as const) : ('approved' as const),
				createdAt: NOW
			}))
		);

		// Implementing: one milestone late, one due within two weeks, one later, one done.
		const p = await makeProcess(ctx, organisationId, { title: 'Parken', phase: 'implementation', facilitatorUserId });
		implementing = { slug: p.slug, title: p.title };
		const [proposal] = await makeProposals(ctx, p.id, ['Tak över bänkarna']);
		const decisionId = ctx.newId();
		await ctx.db.insert(decisions).values({
			id: decisionId,
			processId: p.id,
			body: 'Kultur- och fritidsnämnden',
			bodyKind: 'committee',
			decidedOn: '2027-04-20',
			caseNumber: 'KFN 2027/12',
			minutesParagraph: '§ 4',
			status: 'published',
			publishedAt: NOW,
			createdAt: NOW,
			updatedAt: NOW
		});
		const itemId = ctx.newId();
		await ctx.db.insert(implementationItems).values({
			id: itemId,
			processId: p.id,
			proposalId: proposal.id,
			decisionId,
			title: 'Tak över bänkarna',
			status: 'inProgress',
			createdAt: NOW,
			updatedAt: NOW
		});
		await ctx.db.insert(implementationMilestones).values(
			[
				['Ritningar klara', '2027-05-01', null],
				['Taket byggs', '2027-05-20', null],
				['Invigning', '2027-06-30', null],
				['Platsen vald', '2027-04-25', '2027-04-24']
			].map(([title, dueOn, doneOn]) => ({
				id: ctx.newId(),
				itemId,
				title: title!,
				dueOn: dueOn!,
				doneOn,
				createdAt: NOW
			}))
		);

		// Messages: two notices not yet dispatched, one dispatched; one failed and one sent in the outbox.
		await ctx.db.insert(notices).values(
			[null, null, NOW].map((dispatchedAt, i) => ({
				id: ctx.newId(),
				organisationId,
				processId: c.id,
				kind: 'report',
				eventKey: `report:${c.id}`,
				channel: 'email' as const,
				recipientKey: `person-${i}`,
				recipient: `person${i}@example.se`,
				language: 'sv',
				params: {},
				createdAt: NOW,
				dispatchedAt
			}))
		);
		await ctx.db.insert(outbox).values(
			(['failed', 'sent'] as const).map((status, i) => ({
				id: ctx.newId(),
				organisationId,
				channel: 'email' as const,
				dedupeKey: `test:${i}:${ctx.newId()}`,
				recipient: `person${i}@example.se`,
				subject: 'Rapporten',
				bodyText: '…',
				status,
				nextAttemptAt: NOW,
				createdAt: NOW
			}))
		);

		// Another organisation's waiting work never shows.
		const other = await makeOrganisation(ctx);
		const foreign = await makeProcess(ctx, other.id, { title: 'Främmande' });
		await makePerspectives(ctx, foreign.id, ['Utan tema.']);
	});
	afterAll(() => database.close());

	async function inbox(actor: Actor) {
		const result = await loadInbox(ctx, actor);
		if (!result.ok) throw new Error(result.error.code);
		return result.value;
	}
	const section = <K extends InboxSection['kind']>(sections: InboxSection[], kind: K) =>
		sections.find((s): s is Extract<InboxSection, { kind: K }> => s.kind === kind);

	it('shows a facilitator what waits in the processes they run, each with a link to act', async () => {
		const { sections, waiting } = await inbox(staff.facilitator);
		expect(sections.map((s) => s.kind)).toEqual(['themes', 'notices', 'moderation', 'milestones']);
		expect(section(sections, 'themes')!.items).toEqual([
			{
				process: collecting,
				count: 2,
				href: `/hantera/processer/${collecting.slug}/teman`
			}
		]);
		expect(section(sections, 'moderation')!.items).toEqual([
			{ process: collecting, count: 2, href: `/hantera/processer/${collecting.slug}/pastaenden#queue-heading` }
		]);
		expect(section(sections, 'notices')!.items).toEqual([{ queued: 2, failed: 1, href: '/hantera/utskick' }]);
		// Late and due within 14 days, earliest first; not the one further ahead, not the one done.
		expect(
			section(sections, 'milestones')!.items.map(({ title, dueOn, late, process }) => ({
				title,
				dueOn,
				late,
				slug: process.slug
			}))
		).toEqual([
			{ title: 'Ritningar klara', dueOn: '2027-05-01', late: true, slug: implementing.slug },
			{ title: 'Taket byggs', dueOn: '2027-05-20', late: false, slug: implementing.slug }
		]);
		expect(section(sections, 'milestones')!.items[0].href).toMatch(
			new RegExp(`^/hantera/processer/${implementing.slug}/genomforande#item-`)
		);
		expect(waiting).toBe(5);
	});

	it('gives each role only what it may act on', async () => {
		// An official records and follows up implementation and reads the outbox, but neither themes nor moderates.
		const official = await inbox(staff.official);
		expect(official.sections.map((s) => s.kind)).toEqual(['notices', 'milestones']);
		// A facilitator who runs none of these processes has an official's rights in them.
		expect((await inbox(otherFacilitator)).sections.map((s) => s.kind)).toEqual(['notices', 'milestones']);
		// The admin runs every process.
		expect((await inbox(staff.admin)).sections.map((s) => s.kind)).toEqual([
			'themes',
			'notices',
			'moderation',
			'milestones'
		]);
		// An elected member reads; nothing waits for them.
		expect(await inbox(staff.elected)).toEqual({ sections: [], waiting: 0 });
	});

	it('refuses anyone who is not staff', async () => {
		expect(await loadInbox(ctx, { kind: 'anonymous' })).toEqual({ ok: false, error: { code: 'forbidden' } });
	});
});
