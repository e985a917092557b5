import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { listImplementation } from './queries/decisions';
import { findProcessBySlug } from '../process/queries/processes';
import { notices, outbox } from '../../db/schema/index';
import { createMailer, type Mailer } from '../../jobs/mailer';
import { drainOutbox } from '../../jobs/outbox-worker';
import { createSmsSender, type SmsSender } from '../../jobs/sms';
import { DEMO_RECEIPT, OUTCOMES_DEMO_SLUG, seedDemoOutcomes } from '../../seed/demo-outcomes';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeProcess, makeStaffOfEachRole } from '../../testing/factories';
import { startSmsServer, type TestSmsServer } from '../../testing/sms-server';
import { parseMail, startSmtp, type TestSmtp } from '../../testing/smtp-server';
import { advanceProcessPhase } from '../process/advance-process-phase';
import { composeDecisionDeclaration } from './compose-declaration';
import type { UseCaseContext } from '../context';
import { draftProposal } from '../cocreation/draft-proposal';
import { setSubscription, traceByReceipt } from '../perspectives/follow-perspective';
import { moveMilestone, postImplementationUpdate } from './manage-implementation';
import { publishPerspectiveReport } from '../perspectives/publish-perspective-report';
import { publishDecision, saveDecisionDraft } from './record-decision';
import { submitPerspective } from '../perspectives/submit-perspective';
import { declarationText } from '../../../domain/decision/declaration';
import { translator } from '../../../i18n/index';

const URL_BASE = 'https://dialog.solbacka.example';
const SLUG = 'trygg-storgatan';

describe.each(testDatabaseKinds())('decision, implementation and the trace on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let facilitator: Actor;
	let official: Actor;
	let smtp: TestSmtp;
	let sms: TestSmsServer;
	let mailer: Mailer;
	let smsSender: SmsSender;
	let clock = new Date('2026-11-22T12:00:00Z');

	beforeAll(async () => {
		[database, smtp, sms] = await Promise.all([createTestDatabase(kind), startSmtp(), startSmsServer()]);
		// The clock ticks a second per use, so messages and records have a clear order.
		ctx = { db: database.db, now: () => (clock = new Date(clock.getTime() + 1000)), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const staff = await makeStaffOfEachRole(ctx, organisationId);
		({ facilitator, official } = staff);
		// A process collecting perspectives, taken through every step below.
		await makeProcess(ctx, organisationId, {
			slug: SLUG,
			title: 'Trygg Storgatan',
			facilitatorUserId: staff.facilitator.userId
		});
		// The demo's park dialogue in implementation, seeded on its own (its process, perspectives, decision and mail).
		await database.db.transaction((tx) =>
			seedDemoOutcomes(tx, {
				organisationId,
				facilitatorUserId: staff.facilitator.userId,
				officialUserId: staff.official.userId,
				now: ctx.now(),
				newId: ctx.newId,
				publicUrl: URL_BASE
			})
		);
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Solbacka kommun <dialog@solbacka.example>' })!;
		smsSender = createSmsSender({ smsUrl: sms.url, smsFrom: 'Solbacka' })!;
	});
	afterAll(async () => {
		mailer?.close();
		await Promise.all([database?.close(), smtp?.close(), sms?.close()]);
	});

	const deliver = () => drainOutbox(database.db, { email: mailer, sms: smsSender }, clock);
	const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => parseMail(m.raw));

	it('seeds a park dialogue in implementation whose demo receipt runs all the way to a finished item', async () => {
		const trace = (await traceByReceipt(database.db, organisationId, DEMO_RECEIPT))!;
		expect(trace.reached).toBe('done');
		expect(trace.theme?.name).toBe('Belysning och trygghet');
		expect(trace.proposals[0]).toMatchObject({
			title: 'Ny belysning längs gångstråken',
			via: 'perspective',
			decision: { outcome: 'adopted', caseNumber: 'TN 2026/48' },
			implementation: { status: 'done', progress: 100 }
		});
		const process = (await findProcessBySlug(database.db, organisationId, OUTCOMES_DEMO_SLUG))!;
		expect(process.currentPhase).toBe('implementation');
		expect((await listImplementation(database.db, process.id)).map((i) => i.status).sort()).toEqual([
			'done',
			'inProgress'
		]);
		// What residents were sent is visible to staff, sent, once per person and channel.
		const sent = await database.db.select().from(outbox).where(eq(outbox.organisationId, organisationId));
		const decisionNotices = await database.db
			.select()
			.from(notices)
			.where(
				eq(
					notices.eventKey,
					`decision:${(await import('./queries/decisions').then((q) => q.listDecisions(database.db, process.id, 'published')))[0].id}`
				)
			);
		const decisionMails = sent.filter((m) => decisionNotices.some((n) => n.outboxId === m.id) && m.channel === 'email');
		expect(decisionMails.length).toBeGreaterThanOrEqual(3);
		expect(decisionMails.every((m) => m.status === 'sent' && m.unsubscribeUrl?.includes('/avregistrera'))).toBe(true);
		expect(new Set(decisionMails.map((m) => m.recipient)).size).toBe(decisionMails.length);
		expect(sent.some((m) => m.channel === 'sms' && decisionNotices.some((n) => n.outboxId === m.id))).toBe(true);
	});

	it('moves a milestone of the demo park: those whose perspective the proposal builds on hear the new date, once', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, OUTCOMES_DEMO_SLUG))!;
		const item = (await listImplementation(database.db, process.id)).find((i) => i.milestones.some((m) => !m.doneOn))!;
		const milestone = item.milestones.find((m) => !m.doneOn)!;
		const move = (dueOn: string) =>
			moveMilestone(ctx, official, OUTCOMES_DEMO_SLUG, item.id, milestone.id, { dueOn }, URL_BASE);
		expect(await move(milestone.dueOn)).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [{ field: `milestone-dueOn-${milestone.id}`, message: 'error.milestone.sameDate' }]
			}
		});
		expect(
			await moveMilestone(ctx, { kind: 'anonymous' }, OUTCOMES_DEMO_SLUG, item.id, milestone.id, {
				dueOn: '2027-09-30'
			})
		).toMatchObject({ ok: false });
		expect((await move('2027-09-30')).ok).toBe(true);
		const queued = await database.db
			.select()
			.from(notices)
			.where(eq(notices.eventKey, `milestoneMoved:${milestone.id}:2027-09-30`));
		expect(queued.length).toBeGreaterThan(0);
		const before = smtp.received.length;
		await deliver();
		const moved = smtp.received
			.slice(before)
			.map((m) => parseMail(m.raw))
			.filter((m) => m.headers.get('subject') === `Ett delmål har flyttats: ${item.title}`);
		expect(moved.length).toBe(queued.filter((n) => n.channel === 'email').length);
		expect(moved[0].body).toContain(`Delmålet ”${milestone.title}” har flyttats från`);
		expect(moved[0].body).toContain('till 30 september 2027');
		expect(moved[0].body).toContain(`${URL_BASE}/processer/${OUTCOMES_DEMO_SLUG}/genomforande#item-${item.id}`);
		const [saved] = (await listImplementation(database.db, process.id))
			.find((i) => i.id === item.id)!
			.milestones.filter((m) => m.id === milestone.id);
		expect(saved.dueOn).toBe('2027-09-30');
	});

	it('writes the declaration for the demo decision: channels, reach, themes, tensions and each outcome with reasons', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, OUTCOMES_DEMO_SLUG))!;
		const { listDecisions } = await import('./queries/decisions');
		const [decision] = await listDecisions(database.db, process.id, 'published');
		const result = await composeDecisionDeclaration(ctx, official, OUTCOMES_DEMO_SLUG, decision.id);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const text = declarationText(result.value.declaration);
		expect(text).toContain('Dialog med medborgare och civilsamhälle');
		expect(text).toContain('Beslut Tekniska nämnden, 2026-05-19, TN 2026/48, § 62.');
		expect(text).toContain('Totalt kom 30 perspektiv in');
		expect(text).toContain('Webben: ');
		expect(text).toContain(
			'En blandad arbetsgrupp med 8 medlemmar (1 förtroendevald, 2 tjänstepersoner, 4 invånare, 1 idéburen organisation) arbetade fram förslag vid ett möte.'
		);
		expect(text).toMatch(/Övriga kanaler, med färre än 5 perspektiv var: [a-zåäö ,]+\./);
		expect(text).toContain('Belysning och trygghet: 7 perspektiv (23 %)');
		expect(text).toContain('Hundarnas plats eller barnens gräsmatta');
		expect(text).toContain('Inhägnad hundrastgård. Bygger på 2 perspektiv inom temana Hundar och gräsytor.');
		expect(text).toContain('Beslut: förslaget avslogs. Skäl: Parken är för liten');
		expect(text).toContain('Det gick inte att påverka: Parkens gränser');
		// A resident is never named, and no contact detail appears.
		expect(text).not.toMatch(/@|070-/);
		expect((await composeDecisionDeclaration(ctx, { kind: 'anonymous' }, OUTCOMES_DEMO_SLUG, decision.id)).ok).toBe(
			false
		);
	});

	it('takes a perspective submitted now through report, proposals, decision and implementation, telling its contributor each time', async () => {
		const t = translator('sv');
		const submitted = await submitPerspective(
			ctx,
			{ organisationId, slug: SLUG, publicUrl: URL_BASE },
			{
				text: 'Det behövs ett övergångsställe vid skolan, bilarna kör för fort.',
				contact: { email: 'Trace.Test@Example.se', phone: '070-111 22 33' },
				profile: {}
			}
		);
		expect(submitted.ok).toBe(true);
		if (!submitted.ok) return;
		const receipt = submitted.value.receipt;
		expect((await traceByReceipt(database.db, organisationId, receipt))!.reached).toBe('received');

		// Collection → compilation, the report is published: mail 1.
		expect((await advanceProcessPhase(ctx, facilitator, SLUG, 'collection', URL_BASE)).ok).toBe(true);
		expect((await publishPerspectiveReport(ctx, facilitator, SLUG, URL_BASE)).ok).toBe(true);
		expect((await traceByReceipt(database.db, organisationId, receipt))!.reached).toBe('report');
		await deliver();
		// Publishing the report again (a correction) tells nobody twice.
		expect(await publishPerspectiveReport(ctx, facilitator, SLUG, URL_BASE)).toMatchObject({
			ok: true,
			value: { notified: 0 }
		});

		// Co-creation: two proposals, one built on the perspective.
		expect((await advanceProcessPhase(ctx, facilitator, SLUG, 'compilation', URL_BASE)).ok).toBe(true);
		await deliver();
		const crossing = await draftProposal(ctx, facilitator, SLUG, {
			title: 'Övergångsställe vid skolan',
			what: 'Ett upphöjt övergångsställe vid skolan.',
			why: 'Bilarna kör för fort.',
			term: 'short',
			perspectiveIds: [submitted.value.id],
			themeIds: []
		});
		const camera = await draftProposal(ctx, facilitator, SLUG, {
			title: 'Kameror på Storgatan',
			what: 'Kameror vid torget.',
			why: 'Trygghet.',
			term: 'long',
			perspectiveIds: [submitted.value.id],
			themeIds: []
		});
		expect(crossing.ok && camera.ok).toBe(true);
		if (!crossing.ok || !camera.ok) return;
		expect((await traceByReceipt(database.db, organisationId, receipt))!.reached).toBe('proposal');

		// Into the decision phase: mail 2 (and an SMS) says the proposals go to decision.
		expect((await advanceProcessPhase(ctx, facilitator, SLUG, 'cocreation', URL_BASE)).ok).toBe(true);
		await deliver();
		expect((await advanceProcessPhase(ctx, facilitator, SLUG, 'proposals', URL_BASE)).ok).toBe(true);
		await deliver();

		// The decision: recorded by staff, refused without reasons for what is not adopted.
		const form = {
			body: 'Kommunstyrelsen',
			bodyKind: 'executive',
			decidedOn: '2026-12-01',
			caseNumber: 'KS 2026/301',
			minutesParagraph: '§ 12',
			summary: '',
			outcome: { [crossing.value.id]: 'adopted', [camera.value.id]: 'rejected' },
			reasons: {}
		};
		expect(await saveDecisionDraft(ctx, official, SLUG, form)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const saved = await saveDecisionDraft(ctx, facilitator, SLUG, form);
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		expect(await publishDecision(ctx, facilitator, SLUG, saved.value.id, URL_BASE)).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [{ field: `reasons-${camera.value.id}`, message: 'error.decision.reasonsMissing' }]
			}
		});
		expect((await traceByReceipt(database.db, organisationId, receipt))!.reached).toBe('proposal');
		expect(
			(
				await saveDecisionDraft(
					ctx,
					facilitator,
					SLUG,
					{ ...form, reasons: { [camera.value.id]: 'Kameror kräver tillstånd och löser inte hastigheten.' } },
					saved.value.id
				)
			).ok
		).toBe(true);
		const published = await publishDecision(ctx, facilitator, SLUG, saved.value.id, URL_BASE);
		expect(published).toMatchObject({ ok: true, value: { notified: 1, items: 1 } });
		await deliver();
		expect(await publishDecision(ctx, facilitator, SLUG, saved.value.id, URL_BASE)).toEqual({
			ok: false,
			error: { code: 'conflict', reason: 'published' }
		});
		const afterDecision = (await traceByReceipt(database.db, organisationId, receipt))!;
		expect(afterDecision.reached).toBe('decision');
		expect(afterDecision.proposals.find((p) => p.id === camera.value.id)!.decision).toMatchObject({
			outcome: 'rejected',
			reasons: 'Kameror kräver tillstånd och löser inte hastigheten.'
		});

		// Implementation moves on: mail 4.
		const process = (await findProcessBySlug(database.db, organisationId, SLUG))!;
		const [item] = await listImplementation(database.db, process.id);
		expect(item).toMatchObject({ title: 'Övergångsställe vid skolan', status: 'planned', progress: 0 });
		expect(
			(
				await postImplementationUpdate(
					ctx,
					official,
					SLUG,
					item.id,
					{ status: 'inProgress', progress: '150', text: 'x' },
					URL_BASE
				)
			).ok
		).toBe(false);
		expect(
			(
				await postImplementationUpdate(
					ctx,
					official,
					SLUG,
					item.id,
					{ status: 'inProgress', progress: '40', text: 'Trafikenheten har ritat övergångsstället.' },
					URL_BASE
				)
			).ok
		).toBe(true);
		expect((await traceByReceipt(database.db, organisationId, receipt))!.reached).toBe('implementation');

		expect(await deliver()).toMatchObject({ failed: 0, retried: 0 });
		const mails = mailsTo('trace.test@example.se');
		const title = { title: 'Trygg Storgatan' };
		expect(mails.map((m) => m.headers.get('subject'))).toEqual([
			t('receipt.mail.subject', title),
			t('notice.report.subject', title),
			t('notice.workingGroup.subject', title),
			t('notice.arguments.subject', title),
			t('notice.toDecision.subject', title),
			t('notice.decision.subject', title),
			t('notice.progress.subject', { item: 'Övergångsställe vid skolan' })
		]);
		expect(mails[0].body).toContain(receipt);
		const decisionMail = mails[5];
		expect(decisionMail.body).toContain(
			'Nu har Kommunstyrelsen beslutat om förslagen från dialogen Trygg Storgatan (1 december 2026, KS 2026/301, § 12)'
		);
		expect(decisionMail.body).toContain(
			'– Kameror på Storgatan: avslogs.\n  Skäl: Kameror kräver tillstånd och löser inte hastigheten.'
		);
		expect(decisionMail.body).toContain(`${URL_BASE}/kvitto/${receipt}`);
		expect(decisionMail.headers.get('list-unsubscribe')).toBe(`<${URL_BASE}/kvitto/${receipt}/avregistrera>`);
		const texts = sms.received.filter((s) => s.to === '+46701112233');
		expect(texts).toHaveLength(7);
		expect(texts[5].message).toContain('Beslut i Trygg Storgatan');
		expect(texts.every((s) => s.from === 'Solbacka' && s.message.includes('/avregistrera'))).toBe(true);

		// Unsubscribed: the next update reaches nobody, by mail or SMS, and staff see nothing queued for them.
		expect((await setSubscription(ctx, organisationId, receipt, false)).ok).toBe(true);
		clock = new Date('2027-01-10T12:00:00Z');
		expect(
			await postImplementationUpdate(
				ctx,
				official,
				SLUG,
				item.id,
				{ status: 'done', progress: '0', text: 'Övergångsstället är klart.' },
				URL_BASE
			)
		).toMatchObject({ ok: true, value: { notified: 0 } });
		await deliver();
		expect(mailsTo('trace.test@example.se')).toHaveLength(7);
		expect(sms.received.filter((s) => s.to === '+46701112233')).toHaveLength(7);
		expect((await traceByReceipt(database.db, organisationId, receipt))!.reached).toBe('done');
		const [done] = await listImplementation(database.db, process.id);
		expect(done).toMatchObject({ status: 'done', progress: 100 });
	});

	it('marks an SMS to an impossible number as failed at once, and staff see why', async () => {
		const { enqueueMessage } = await import('../notifications/queries/outbox');
		await database.db.transaction((tx) =>
			enqueueMessage(tx, {
				id: randomUUID(),
				organisationId,
				channel: 'sms',
				dedupeKey: `test:bad:${randomUUID()}`,
				recipient: 'ring mig',
				subject: '',
				bodyText: 'Hej',
				now: clock
			})
		);
		expect(await deliver()).toMatchObject({ failed: 1 });
		const [bad] = await database.db.select().from(outbox).where(eq(outbox.recipient, 'ring mig'));
		expect(bad).toMatchObject({ status: 'failed', lastError: expect.stringContaining('not a phone number') });
	});
});
