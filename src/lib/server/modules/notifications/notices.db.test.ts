import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { perspectiveContacts, perspectiveProfiles } from '../../db/schema/index';
import { createMailer, type Mailer } from '../../jobs/mailer';
import { drainOutbox } from '../../jobs/outbox-worker';
import { createSmsSender, type SmsSender } from '../../jobs/sms';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makePerspectives, makeProcess, makeStaff } from '../../testing/factories';
import { startSmsServer, type TestSmsServer } from '../../testing/sms-server';
import { parseMail, startSmtp, type TestSmtp } from '../../testing/smtp-server';
import type { UseCaseContext } from '../context';
import { recordPerspective } from '../perspectives/record-perspective';
import { resendReceipts } from '../perspectives/resend-receipts';
import { setSubscription } from '../perspectives/follow-perspective';
import { submitPerspective } from '../perspectives/submit-perspective';
import { dispatchNotices } from './dispatch-notices';
import { queueNotices } from './queue-notices';

const URL_BASE = 'https://dialog.solbacka.example';

describe.each(testDatabaseKinds())('receipts and notices in the contributor’s channel and language on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let facilitator: Actor;
	let smtp: TestSmtp;
	let sms: TestSmsServer;
	let mailer: Mailer;
	let smsSender: SmsSender;
	let clock = new Date('2026-11-22T12:00:00Z');
	let process: { id: string; slug: string; title: string };

	beforeAll(async () => {
		[database, smtp, sms] = await Promise.all([createTestDatabase(kind), startSmtp(), startSmsServer()]);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const staff = await makeStaff(ctx, organisationId, 'facilitator');
		facilitator = staff.actor;
		const made = await makeProcess(ctx, organisationId, {
			slug: 'trygg-storgatan',
			title: 'Trygg Storgatan',
			facilitatorUserId: staff.userId
		});
		process = { id: made.id, slug: 'trygg-storgatan', title: 'Trygg Storgatan' };
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Solbacka kommun <dialog@solbacka.example>' })!;
		smsSender = createSmsSender({ smsUrl: sms.url, smsFrom: 'Solbacka' })!;
	});
	afterAll(async () => {
		mailer?.close();
		await Promise.all([database?.close(), smtp?.close(), sms?.close()]);
	});

	const deliver = () => drainOutbox(database.db, { email: mailer, sms: smsSender }, clock);
	const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => parseMail(m.raw));
	const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));
	const queue = (kind: 'workingGroup' | 'arguments' | 'evaluation', eventKey: string) =>
		database.db.transaction((tx) =>
			queueNotices(ctx, tx, {
				organisationId,
				process,
				kind,
				eventKey,
				publicUrl: URL_BASE,
				now: clock,
				params: { url: `${URL_BASE}/processer/trygg-storgatan/arbetsgrupp` }
			})
		);

	it('sends the receipt by mail and SMS in the language the contributor chose, with the code, the trace and a way to stop', async () => {
		const sent = await submitPerspective(
			ctx,
			{ organisationId, slug: 'trygg-storgatan', language: 'sv', publicUrl: URL_BASE },
			{
				text: 'The square is dark in the evening.',
				contact: { email: 'reader.en@example.se', phone: '070-555 12 34' },
				language: 'en'
			}
		);
		expect(sent.ok).toBe(true);
		if (!sent.ok) return;
		await deliver();
		const [mail] = mailsTo('reader.en@example.se');
		expect(mail.headers.get('subject')).toBe('Thank you for your perspective – Trygg Storgatan');
		expect(mail.body).toContain(`Your receipt code: ${sent.value.receipt}`);
		expect(mail.body).toContain(`${URL_BASE}/kvitto/${sent.value.receipt}`);
		expect(mail.body).toContain(`${URL_BASE}/kvitto/${sent.value.receipt}/avregistrera`);
		const [text] = sms.received.filter((s) => s.to === '+46705551234');
		expect(text.message).toContain(sent.value.receipt);
		expect(text.message).toContain('Thank you');
		const [contact] = await database.db
			.select()
			.from(perspectiveContacts)
			.where(eq(perspectiveContacts.perspectiveId, sent.value.id));
		expect(contact.language).toBe('en');
		expect(contact.consentText).toContain('Vill du få besked');
		// Without a contact nothing is sent.
		const before = smtp.received.length;
		expect(
			(
				await submitPerspective(
					ctx,
					{ organisationId, slug: 'trygg-storgatan', publicUrl: URL_BASE },
					{ text: 'Utan kontakt.' }
				)
			).ok
		).toBe(true);
		await deliver();
		expect(smtp.received.length).toBe(before);
	});

	it('gathers events that fall together into one digest, at most one digest a day, and a lone event goes at once', async () => {
		await makePerspectives(ctx, process.id, ['Mer ljus.', 'More light.'], {
			contacts: [{ email: 'digest.sv@example.se' }, { email: 'digest.en@example.se', language: 'en' }]
		});
		clock = new Date('2026-12-01T08:00:00Z');
		await queue('workingGroup', 'workingGroup:test');
		tick(5_000);
		await queue('arguments', 'arguments:test');
		// Still gathering: nothing is written before the first has waited 20 seconds.
		expect(await dispatchNotices(database.db, clock, randomUUID)).toBe(0);
		tick(20_000);
		await dispatchNotices(database.db, clock, randomUUID);
		await deliver();
		const [sv] = mailsTo('digest.sv@example.se');
		expect(sv.headers.get('subject')).toBe('Nytt i dialogen Trygg Storgatan');
		expect(sv.body).toContain('Det har hänt 2 saker sedan sist');
		expect(sv.body).toContain('En arbetsgrupp med invånare');
		expect(sv.body).toContain('Nu kan alla lämna argument');
		const [en] = mailsTo('digest.en@example.se');
		expect(en.headers.get('subject')).toBe('News from the dialogue Trygg Storgatan');
		expect(en.body).toContain('2 things have happened since last time');

		// Two more the same day: they wait until a day has passed since the last digest, then go together.
		tick(60 * 60_000);
		await queue('evaluation', 'evaluation:test');
		await queue('workingGroup', 'workingGroup:test2');
		tick(60_000);
		expect(await dispatchNotices(database.db, clock, randomUUID)).toBe(0);
		clock = new Date('2026-12-02T08:30:00Z');
		await deliver();
		expect(mailsTo('digest.sv@example.se')).toHaveLength(2);
		expect(mailsTo('digest.sv@example.se')[1].body).toContain('Dialogen Trygg Storgatan utvärderas nu');

		// One event alone is not held back.
		tick(60 * 60_000);
		await queue('arguments', 'arguments:test2');
		tick(30_000);
		await deliver();
		expect(mailsTo('digest.sv@example.se')).toHaveLength(3);
		expect(mailsTo('digest.sv@example.se')[2].headers.get('subject')).toBe(
			'Säg vad du tycker om förslagen i Trygg Storgatan'
		);
		// The same event never reaches a person twice.
		expect(await queue('arguments', 'arguments:test2')).toBe(0);
	});

	it('sends nothing queued for someone who stopped messages before it went out', async () => {
		const [p] = await makePerspectives(ctx, process.id, ['Sluta.'], { contacts: [{ email: 'stopper@example.se' }] });
		await queue('evaluation', 'evaluation:stop');
		expect((await setSubscription(ctx, organisationId, p.receipt, false)).ok).toBe(true);
		tick(60_000);
		await deliver();
		expect(mailsTo('stopper@example.se')).toHaveLength(0);
	});

	it('sends lost receipt codes to a known address, answers the same for an unknown one, and only once a quarter of an hour', async () => {
		const made = await makePerspectives(ctx, process.id, ['Ett.', 'Två.'], {
			contacts: [{ email: 'Lost.Codes@example.se' }, { email: 'lost.codes@example.se' }]
		});
		const site = { organisationId, publicUrl: URL_BASE, language: 'sv' as const };
		expect(await resendReceipts(ctx, site, 'lost.codes@example.se')).toEqual({ ok: true, value: { queued: true } });
		expect(await resendReceipts(ctx, site, 'LOST.codes@example.se ')).toEqual({ ok: true, value: { queued: false } });
		expect(await resendReceipts(ctx, site, 'nobody@example.se')).toEqual({ ok: true, value: { queued: false } });
		expect(await resendReceipts(ctx, site, 'inte en adress')).toMatchObject({ ok: false, error: { code: 'invalid' } });
		await deliver();
		const mails = mailsTo('lost.codes@example.se');
		expect(mails).toHaveLength(1);
		expect(mails[0].headers.get('subject')).toBe('Dina kvittenskoder');
		for (const m of made) expect(mails[0].body).toContain(`${URL_BASE}/kvitto/${m.receipt}`);
		expect(mailsTo('nobody@example.se')).toHaveLength(0);
	});

	it('records a contact from staff entry only with the person’s yes, in the language chosen, with self-description', async () => {
		const raw = {
			channel: 'popup',
			text: 'Bussen går för sällan på kvällen.',
			contact: { phone: '070-777 88 99' },
			language: 'en',
			profile: { ageBand: '65+', relation: 'lives' }
		};
		expect(await recordPerspective(ctx, facilitator, 'trygg-storgatan', raw, URL_BASE)).toEqual({
			ok: false,
			error: { code: 'invalid', fields: [{ field: 'contact-consent', message: 'error.perspective.consent.required' }] }
		});
		const saved = await recordPerspective(
			ctx,
			facilitator,
			'trygg-storgatan',
			{ ...raw, contact: { ...raw.contact, consent: 'yes' } },
			URL_BASE
		);
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		const [contact] = await database.db
			.select()
			.from(perspectiveContacts)
			.where(eq(perspectiveContacts.perspectiveId, saved.value.id));
		expect(contact).toMatchObject({ phone: '070-777 88 99', language: 'en' });
		expect(contact.consentText).toContain('We use the contact only');
		const [profile] = await database.db
			.select()
			.from(perspectiveProfiles)
			.where(eq(perspectiveProfiles.perspectiveId, saved.value.id));
		expect(profile).toMatchObject({ ageBand: '65+', relation: 'lives' });
		await deliver();
		const [text] = sms.received.filter((s) => s.to === '+46707778899');
		expect(text.message).toContain(saved.value.receipt);
		expect(text.message).toContain('Thank you');
	});
});
