import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { auditEvents, routings } from '../../db/schema/index';
import { createMailer, type Mailer } from '../../jobs/mailer';
import { drainOutbox } from '../../jobs/outbox-worker';
import { createSmsSender, type SmsSender } from '../../jobs/sms';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeReceiver,
	makeStaffOfEachRole,
	makeTheme,
	type StaffActor
} from '../../testing/factories';
import { startSmsServer, type TestSmsServer } from '../../testing/sms-server';
import { parseMail, startSmtp, type TestSmtp } from '../../testing/smtp-server';
import type { UseCaseContext } from '../context';
import {
	answerRouting,
	archiveReceiver,
	closeRouting,
	forwardRouting,
	listOpenRoutings,
	loadAnswerPage,
	loadProcessRoutings,
	loadRoutingTrace,
	readReceiversForApi,
	routePerspectives,
	saveReceiver
} from './index';

const URL_BASE = 'https://dialog.testby.example';
const DAY = 86_400_000;

describe.each(testDatabaseKinds())('routing inputs to receivers on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let smtp: TestSmtp;
	let sms: TestSmsServer;
	let mailer: Mailer;
	let smsSender: SmsSender;
	let organisationId: string;
	let staff: Record<'admin' | 'facilitator' | 'official' | 'elected', StaffActor>;
	let slug: string;
	let processId: string;
	// Monday 23 November 2026, noon in Sweden; moved forward by tests that need time to pass.
	let clock = new Date('2026-11-23T11:00:00Z');

	beforeAll(async () => {
		[database, smtp, sms] = await Promise.all([createTestDatabase(kind), startSmtp(), startSmsServer()]);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx, { name: 'Testby kommun' })).id;
		staff = await makeStaffOfEachRole(ctx, organisationId);
		const process = await makeProcess(ctx, organisationId, {
			title: 'Trygg torget',
			facilitatorUserId: staff.facilitator.userId
		});
		slug = process.slug;
		processId = process.id;
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Testby kommun <dialog@testby.example>' })!;
		smsSender = createSmsSender({ smsUrl: sms.url, smsFrom: 'Testby' })!;
	});
	afterAll(async () => {
		mailer?.close();
		await Promise.all([database?.close(), smtp?.close(), sms?.close()]);
	});

	const deliver = () => drainOutbox(database.db, { email: mailer, sms: smsSender }, clock);
	const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => parseMail(m.raw));
	const linkIn = (body: string) => body.match(/\/svar\/([A-Za-z0-9_-]+)/)![1];
	const site = () => ({ organisationId });

	it('keeps a register of receivers for those who run processes, audited', async () => {
		const bad = await saveReceiver(ctx, staff.facilitator, null, { name: ' ', kind: 'police', email: 'nope' });
		expect(bad.ok || bad.error).toMatchObject({ code: 'invalid' });
		expect(!bad.ok && bad.error.code === 'invalid' && bad.error.fields.map((f) => f.message)).toEqual([
			'error.receiver.name',
			'error.receiver.email'
		]);
		expect((await saveReceiver(ctx, staff.official, null, {})).ok).toBe(false);
		const created = await saveReceiver(ctx, staff.facilitator, null, {
			name: 'Bostadsbolaget',
			kind: 'housing_company',
			email: 'kundtjanst@bostad.example'
		});
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect((await archiveReceiver(ctx, staff.admin, created.value.id)).ok).toBe(true);
		const api = await readReceiversForApi(ctx, staff.official);
		expect(api.ok && api.value.receivers.map((r) => r.name)).not.toContain('Bostadsbolaget');
		expect((await readReceiversForApi(ctx, { kind: 'anonymous' })).ok || 'refused').toBe('refused');
		const audited = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.value.id));
		expect(audited.map((a) => a.action).sort()).toEqual(['receiver.archived', 'receiver.created']);
	});

	it('routes a remark to the police; the receiver answers through the mailed link; the author gets it by mail and SMS in their language and sees it on the receipt', async () => {
		const police = await makeReceiver(ctx, organisationId, { name: 'Polisen i Testby, kommunpolis' });
		const [remark] = await makePerspectives(ctx, processId, ['Polisen syns aldrig efter klockan 18.'], {
			contacts: [{ email: 'karin@example.com', phone: '070-123 45 67', language: 'en' }]
		});
		// Officials read but do not route.
		expect(
			await routePerspectives(
				ctx,
				staff.official,
				slug,
				{ perspectiveId: remark.id },
				{ receiverId: police.id },
				URL_BASE
			)
		).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		const routed = await routePerspectives(
			ctx,
			staff.facilitator,
			slug,
			{ perspectiveId: remark.id },
			{ receiverId: police.id, note: 'Gäller kvällstid vid torget.' },
			URL_BASE
		);
		expect(routed).toMatchObject({ ok: true, value: { count: 1 } });
		// Due in 20 working days (the default): Monday 23 November + 20 = Monday 21 December.
		const [row] = await database.db.select().from(routings).where(eq(routings.perspectiveId, remark.id));
		expect(row).toMatchObject({ status: 'routed', dueOn: '2026-12-21', receiverName: police.name });
		// Only the SHA-256 of the link is stored.
		expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);

		await deliver();
		const [toPolice] = mailsTo(police.email);
		expect(toPolice.headers.get('subject')).toContain('Trygg torget');
		expect(toPolice.body).toContain('Polisen syns aldrig efter klockan 18.');
		expect(toPolice.body).toContain('Gäller kvällstid vid torget.');
		expect(toPolice.body).toContain('21 december 2026');
		// Never the author's contact.
		expect(toPolice.body).not.toContain('karin@example.com');
		const token = linkIn(toPolice.body);
		expect(row.tokenHash).not.toContain(token);

		// Opening the page changes nothing and shows the text, never a contact.
		const page = await loadAnswerPage(ctx, site(), token);
		expect(page).toMatchObject({
			ok: true,
			value: { receiver: police.name, note: 'Gäller kvällstid vid torget.', dueOn: '2026-12-21' }
		});
		expect(JSON.stringify(page)).not.toContain('karin@');
		// Another organisation's address does not open it.
		expect(await loadAnswerPage(ctx, { organisationId: randomUUID() }, token)).toMatchObject({
			ok: false,
			error: { code: 'gone' }
		});

		const missing = await answerRouting(ctx, site(), token, { answer: '', answeredBy: '' }, URL_BASE);
		expect(!missing.ok && missing.error.code === 'invalid' && missing.error.fields.map((f) => f.field)).toEqual([
			'answer',
			'answeredBy'
		]);
		const answered = await answerRouting(
			ctx,
			site(),
			token,
			{ answer: 'Vi lägger in kvällspatruller på torget från januari.', answeredBy: 'Kim Ek, kommunpolis' },
			URL_BASE
		);
		expect(answered).toMatchObject({ ok: true, value: { answered: 1, notified: 1 } });
		// The link is single-purpose: used now, it is gone, as an unknown one is.
		expect(await loadAnswerPage(ctx, site(), token)).toMatchObject({ ok: false, error: { code: 'gone' } });
		expect(await loadAnswerPage(ctx, site(), 'x'.repeat(43))).toMatchObject({ ok: false, error: { code: 'gone' } });
		expect(await answerRouting(ctx, site(), token, { answer: 'Igen', answeredBy: 'Kim' }, URL_BASE)).toMatchObject({
			ok: false,
			error: { code: 'gone' }
		});

		await deliver();
		const [toAuthor] = mailsTo('karin@example.com');
		// Written in English, the language the author used.
		expect(toAuthor.headers.get('subject')).toBe(`An answer to your input from ${police.name}`);
		expect(toAuthor.body).toContain('Vi lägger in kvällspatruller på torget från januari.');
		expect(toAuthor.body).toContain('Kim Ek, kommunpolis');
		expect(toAuthor.body).toContain(`${URL_BASE}/kvitto/${remark.receipt}`);
		expect(toAuthor.headers.get('list-unsubscribe')).toContain('/avregistrera');
		const text = sms.received.find((m) => m.to === '+46701234567');
		expect(text?.message).toContain(`/kvitto/${remark.receipt}`);

		const trace = await loadRoutingTrace(ctx, site(), remark.receipt);
		expect(trace.ok && trace.value.steps).toEqual([
			expect.objectContaining({
				receiver: police.name,
				from: null,
				status: 'answered',
				answer: expect.objectContaining({ by: 'Kim Ek, kommunpolis' })
			})
		]);
	});

	it('routes a theme in one mail; the receiver passes it on; the new receiver answers; staff close one with a reason', async () => {
		const council = await makeReceiver(ctx, organisationId, { name: 'Trygghetsrådet', kind: 'safety_council' });
		const theme = await makeTheme(ctx, processId, 'Belysning');
		const inputs = await makePerspectives(
			ctx,
			processId,
			['Mörkt vid busshållplatsen.', 'Lampan vid gränden är trasig.'],
			{
				themeId: theme.id
			}
		);
		await makePerspectives(ctx, processId, ['Dold text.'], {
			themeId: theme.id,
			status: 'hidden',
			hiddenReason: 'Hot'
		});
		const routed = await routePerspectives(
			ctx,
			staff.admin,
			slug,
			{ themeId: theme.id },
			{ receiverId: council.id },
			URL_BASE
		);
		expect(routed).toMatchObject({ ok: true, value: { count: 2 } });
		await deliver();
		const mails = mailsTo(council.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].body).not.toContain('Dold text.');
		const token = linkIn(mails[0].body);
		const page = await loadAnswerPage(ctx, site(), token);
		expect(page.ok && page.value.inputs.map((i) => i.text)).toEqual([
			'Mörkt vid busshållplatsen.',
			'Lampan vid gränden är trasig.'
		]);

		const forwarded = await forwardRouting(
			ctx,
			site(),
			token,
			{ name: 'Gatuenheten', email: 'gata@testby.example' },
			URL_BASE
		);
		expect(forwarded).toMatchObject({ ok: true, value: { forwarded: 2 } });
		expect(await loadAnswerPage(ctx, site(), token)).toMatchObject({ ok: false, error: { code: 'gone' } });
		await deliver();
		const next = linkIn(mailsTo('gata@testby.example')[0].body);
		expect(next).not.toBe(token);
		await answerRouting(ctx, site(), next, { answer: 'Lampan byts vecka 2.', answeredBy: 'Gatuenheten' }, URL_BASE);

		const trace = await loadRoutingTrace(ctx, site(), inputs[1].receipt);
		expect(trace.ok && trace.value.steps.map((s) => [s.receiver, s.from, s.status])).toEqual([
			['Trygghetsrådet', null, 'forwarded'],
			['Gatuenheten', 'Trygghetsrådet', 'answered']
		]);

		const list = await loadProcessRoutings(ctx, staff.official, slug);
		expect(list.ok && list.value.permissions['perspective.route']).toBe(false);
		const answeredRow = list.ok
			? list.value.routings.find((r) => r.perspectiveId === inputs[0].id && r.status === 'answered')
			: null;
		expect(answeredRow).toBeTruthy();
		expect((await closeRouting(ctx, staff.official, slug, answeredRow!.id, { reason: 'Klart.' })).ok).toBe(false);
		expect(await closeRouting(ctx, staff.facilitator, slug, answeredRow!.id, { reason: '' })).toMatchObject({
			ok: false,
			error: { code: 'invalid' }
		});
		expect((await closeRouting(ctx, staff.facilitator, slug, answeredRow!.id, { reason: 'Lampan är bytt.' })).ok).toBe(
			true
		);
		expect(await closeRouting(ctx, staff.facilitator, slug, answeredRow!.id, { reason: 'Igen.' })).toMatchObject({
			ok: false,
			error: { code: 'conflict' }
		});
		const closed = await loadRoutingTrace(ctx, site(), inputs[0].receipt);
		expect(closed.ok && closed.value.steps.at(-1)?.closed?.reason).toBe('Lampan är bytt.');
	});

	it('lists open routings for the inbox, overdue flagged after the due day; an expired link is gone', async () => {
		const police = await makeReceiver(ctx, organisationId);
		const [remark] = await makePerspectives(ctx, processId, ['Bilar kör för fort på kvällen.']);
		await routePerspectives(
			ctx,
			staff.facilitator,
			slug,
			{ perspectiveId: remark.id },
			{ receiverId: police.id },
			URL_BASE
		);
		const open = await listOpenRoutings(ctx, staff.official);
		const mine = open.ok ? open.value.routings.find((r) => r.excerpt.startsWith('Bilar')) : undefined;
		expect(mine).toMatchObject({ overdue: false, receiver: police.name, process: { slug } });
		expect((await listOpenRoutings(ctx, staff.elected)).ok).toBe(false);
		await deliver();
		const token = linkIn(mailsTo(police.email)[0].body);

		clock = new Date(clock.getTime() + 40 * DAY);
		const later = await listOpenRoutings(ctx, staff.official);
		expect(later.ok && later.value.routings.find((r) => r.id === mine!.id)?.overdue).toBe(true);
		expect(later.ok && later.value.overdue).toBeGreaterThan(0);
		const trace = await loadRoutingTrace(ctx, site(), remark.receipt);
		expect(trace.ok && trace.value.steps[0].overdue).toBe(true);

		clock = new Date(clock.getTime() + 30 * DAY);
		expect(await loadAnswerPage(ctx, site(), token)).toMatchObject({ ok: false, error: { code: 'gone' } });
	});
});
