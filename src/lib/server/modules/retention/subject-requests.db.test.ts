import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
	auditEvents,
	outbox,
	panels,
	panelVolunteerContacts,
	panelVolunteers,
	perspectiveContacts,
	perspectives,
	restrictions,
	subjectRequestIdentifiers,
	subjectRequests
} from '../../db/schema/index';
import { renderRegisterExtractPdf } from '../../render/register-extract-pdf';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeMessage,
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeProfile,
	makeStaff,
	type StaffActor
} from '../../testing/factories';
import { pdfText } from '../../testing/pdf-text';
import type { UseCaseContext } from '../context';
import { loadInbox } from '../inbox/load-inbox';
import { listOutbox } from '../notifications/queries/outbox';
import { listPerspectivesForStaff } from '../perspectives/queries/perspectives';
import {
	completeSubjectRequest,
	downloadRegisterExtract,
	eraseForSubjectRequest,
	loadSubjectRequest,
	loadSubjectRequestsPage,
	recordRectification,
	registerSubjectRequest
} from './index';

describe.each(testDatabaseKinds())('data-subject requests on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let admin: StaffActor;
	let official: StaffActor;
	let sara: { id: string; receipt: string }[];
	let other: { id: string; receipt: string }[];
	let volunteerId: string;
	let processId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		admin = (await makeStaff(ctx, organisationId, 'admin')).actor;
		official = (await makeStaff(ctx, organisationId, 'official')).actor;
		const process = await makeProcess(ctx, organisationId, { title: 'Trygg torget' });
		processId = process.id;
		sara = await makePerspectives(
			ctx,
			process.id,
			['Mörkt vid busshållplatsen på kvällen.', 'Fler bänkar vid torget.'],
			{
				contacts: [{ email: 'Sara.Boende@example.se' }, { email: 'sara.boende@example.se', phone: '070-111 22 33' }]
			}
		);
		await makeProfile(ctx, sara[0].id);
		await ctx.db
			.update(perspectiveContacts)
			.set({ consentText: 'Vill du få besked om vad som händer? (frivilligt)' })
			.where(eq(perspectiveContacts.perspectiveId, sara[0].id));
		other = await makePerspectives(ctx, process.id, ['Någon annans perspektiv.'], {
			contacts: [{ email: 'annan@example.se' }]
		});
		await makeMessage(ctx, organisationId, { recipient: 'sara.boende@example.se', subject: 'Ditt kvitto' });
		await makeMessage(ctx, organisationId, { recipient: '+46701112233', channel: 'sms', subject: 'Besked' });
		await makeMessage(ctx, organisationId, { recipient: 'annan@example.se' });
		// Sara also signed up for the citizens' panel.
		const panelId = randomUUID();
		const now = ctx.now();
		await ctx.db.insert(panels).values({
			id: panelId,
			processId: process.id,
			name: 'Medborgarpanel',
			size: 10,
			reserves: 2,
			features: [],
			quotas: [],
			createdAt: now,
			updatedAt: now
		});
		volunteerId = randomUUID();
		await ctx.db
			.insert(panelVolunteers)
			.values({ id: volunteerId, panelId, code: 'V-0001', values: {}, source: 'form', createdAt: now });
		await ctx.db.insert(panelVolunteerContacts).values({
			volunteerId,
			name: 'Sara Boende',
			email: 'sara.boende@example.se',
			consentedAt: now,
			consentVersion: 'urval-samtycke-1'
		});
	});
	afterAll(async () => database?.close());

	it('registers a request with its due day a month on, the identifier kept apart, for admins only', async () => {
		const bad = await registerSubjectRequest(ctx, admin, {
			kind: 'x',
			identifierKind: 'email',
			identifier: 'inte-en-adress',
			receivedOn: '2099-01-01'
		});
		expect(!bad.ok && bad.error.code === 'invalid' && bad.error.fields.map((f) => f.field)).toEqual([
			'kind',
			'identifier',
			'receivedOn'
		]);
		expect(await registerSubjectRequest(ctx, official, { kind: 'access' })).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		const made = await registerSubjectRequest(ctx, admin, {
			kind: 'access',
			identifierKind: 'email',
			identifier: ' SARA.boende@example.se ',
			receivedOn: '2026-11-20'
		});
		expect(made.ok && made.value.dueOn).toBe('2026-12-20');
		const [row] = await database.db
			.select()
			.from(subjectRequests)
			.where(eq(subjectRequests.id, made.ok ? made.value.id : ''));
		expect(JSON.stringify(row)).not.toContain('sara');
		const [identifier] = await database.db
			.select()
			.from(subjectRequestIdentifiers)
			.where(eq(subjectRequestIdentifiers.requestId, row.id));
		expect(identifier.value).toBe('sara.boende@example.se');
		const page = await loadSubjectRequestsPage(ctx, admin);
		expect(page.ok && page.value.requests.map((r) => [r.kind, r.dueOn, r.daysLeft])).toEqual([
			['access', '2026-12-20', 28]
		]);
		// On the admin's inbox while open.
		const inbox = await loadInbox(ctx, admin);
		expect(inbox.ok && inbox.value.sections.find((s) => s.kind === 'subjectRequests')?.items).toEqual([
			{ kind: 'access', dueOn: '2026-12-20', overdue: false, href: `/hantera/registerutdrag/arende?id=${row.id}` }
		]);
		const officialInbox = await loadInbox(ctx, official);
		expect(officialInbox.ok && officialInbox.value.sections.some((s) => s.kind === 'subjectRequests')).toBe(false);
	});

	it('finds everything about the person: perspectives, messages, consents, panel sign-up; anonymous votes named as not linkable', async () => {
		const made = await registerSubjectRequest(ctx, admin, {
			kind: 'access',
			identifierKind: 'email',
			identifier: 'sara.boende@example.se'
		});
		const id = made.ok ? made.value.id : '';
		const view = await loadSubjectRequest(ctx, admin, id);
		if (!view.ok) throw new Error('not loaded');
		const x = view.value.extract;
		expect(x.perspectives.map((p) => p.text).sort()).toEqual([
			'Fler bänkar vid torget.',
			'Mörkt vid busshållplatsen på kvällen.'
		]);
		expect(x.perspectives.find((p) => p.id === sara[0].id)?.profile).toMatchObject({
			ageBand: '25-44',
			relation: 'lives'
		});
		expect(x.messages.map((m) => m.subject)).toEqual(['Ditt kvitto']);
		expect(x.consents.map((c) => c.what).sort()).toEqual(['contact', 'contact', 'panel', 'selfDescription']);
		expect(x.consents.find((c) => c.wording.startsWith('Vill du'))).toBeTruthy();
		expect(x.panelVolunteers.map((v) => v.code)).toEqual(['V-0001']);
		expect(x.notLinkable).toEqual(['statementVotes', 'evaluationAnswers']);
		expect(JSON.stringify(x)).not.toContain('annan@example.se');

		// By phone: the perspective with the number, and the SMS sent to it in E.164.
		const byPhone = await registerSubjectRequest(ctx, admin, {
			kind: 'access',
			identifierKind: 'phone',
			identifier: '+46 70 111 22 33'
		});
		const phoneView = await loadSubjectRequest(ctx, admin, byPhone.ok ? byPhone.value.id : '');
		expect(phoneView.ok && phoneView.value.extract.perspectives.map((p) => p.id)).toEqual([sara[1].id]);
		expect(phoneView.ok && phoneView.value.extract.messages.map((m) => m.channel)).toEqual(['sms']);
		// By receipt code: that perspective and everything under its address.
		const byReceipt = await registerSubjectRequest(ctx, admin, {
			kind: 'access',
			identifierKind: 'receipt',
			identifier: sara[0].receipt.toLowerCase()
		});
		const receiptView = await loadSubjectRequest(ctx, admin, byReceipt.ok ? byReceipt.value.id : '');
		expect(receiptView.ok && receiptView.value.extract.perspectives.length).toBe(2);

		// The extract as JSON and PDF: audited as downloaded.
		const json = await downloadRegisterExtract(ctx, admin, id, 'json');
		expect(json.ok).toBe(true);
		const text = pdfText(await renderRegisterExtractPdf(json.ok ? json.value : x, 'sv'));
		expect(text).toContain('Registerutdrag');
		expect(text).toContain('Mörkt vid busshållplatsen');
		expect(text).toContain('Ditt kvitto');
		expect(text).toContain('V-0001');
		const downloads = await database.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'subjectRequest.extractDownloaded'));
		expect(downloads).toHaveLength(1);
		expect(JSON.stringify(downloads[0].details)).not.toContain('sara');
		expect(await downloadRegisterExtract(ctx, official, id, 'pdf')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});

		expect((await completeSubjectRequest(ctx, admin, id)).ok).toBe(true);
		expect(await completeSubjectRequest(ctx, admin, id)).toEqual({ ok: false, error: { code: 'closed' } });
	});

	it('records what a rectification corrected', async () => {
		const made = await registerSubjectRequest(ctx, admin, {
			kind: 'rectification',
			identifierKind: 'email',
			identifier: 'sara.boende@example.se'
		});
		const id = made.ok ? made.value.id : '';
		const empty = await recordRectification(ctx, admin, id, { corrected: '' });
		expect(!empty.ok && empty.error.code).toBe('invalid');
		expect(await eraseForSubjectRequest(ctx, admin, id, { confirm: 'on' })).toEqual({
			ok: false,
			error: { code: 'wrong_kind' }
		});
		expect(
			(await recordRectification(ctx, admin, id, { corrected: 'Telefonnumret rättat till 070-111 22 34.' })).ok
		).toBe(true);
		const view = await loadSubjectRequest(ctx, admin, id);
		expect(view.ok && view.value.request.outcome.corrected).toBe('Telefonnumret rättat till 070-111 22 34.');
	});

	it('erases under the records plan: personal data erased, the texts it keeps restricted with the reason', async () => {
		const made = await registerSubjectRequest(ctx, admin, {
			kind: 'erasure',
			identifierKind: 'email',
			identifier: 'sara.boende@example.se'
		});
		const id = made.ok ? made.value.id : '';
		const unconfirmed = await eraseForSubjectRequest(ctx, admin, id, {});
		expect(!unconfirmed.ok && unconfirmed.error.code).toBe('invalid');
		const erased = await eraseForSubjectRequest(ctx, admin, id, { confirm: 'on' });
		expect(erased).toEqual({
			ok: true,
			value: {
				erased: { contactDetails: 2, selfDescriptions: 1, panelVolunteers: 1 },
				// The default plan keeps perspective text and messages: public records, restricted.
				restricted: { perspectiveText: 2, messages: 1 },
				restrictedMembers: 0
			}
		});
		const rows = await database.db
			.select()
			.from(perspectives)
			.where(
				inArray(
					perspectives.id,
					sara.map((p) => p.id)
				)
			);
		expect(rows.every((p) => p.status === 'withdrawn' && p.text.length > 10)).toBe(true);
		expect(
			await database.db
				.select()
				.from(perspectiveContacts)
				.where(
					inArray(
						perspectiveContacts.perspectiveId,
						sara.map((p) => p.id)
					)
				)
		).toHaveLength(0);
		expect(
			await database.db.select().from(panelVolunteerContacts).where(eq(panelVolunteerContacts.volunteerId, volunteerId))
		).toHaveLength(0);
		const kept = await database.db.select().from(restrictions).where(eq(restrictions.requestId, id));
		expect(kept.map((r) => [r.recordType, r.reason]).sort()).toEqual([
			['messages', 'subjectRequests.restrictedReason.plan'],
			['perspectiveText', 'subjectRequests.restrictedReason.plan'],
			['perspectiveText', 'subjectRequests.restrictedReason.plan']
		]);
		// Restricted records are out of ordinary staff views.
		expect((await listPerspectivesForStaff(database.db, processId)).map((p) => p.id)).toEqual([other[0].id]);
		expect((await listOutbox(database.db, organisationId)).map((m) => m.subject)).not.toContain('Ditt kvitto');
		// Someone else's data is untouched.
		expect(
			await database.db.select().from(perspectiveContacts).where(eq(perspectiveContacts.perspectiveId, other[0].id))
		).toHaveLength(1);
		expect((await database.db.select().from(outbox).where(eq(outbox.recipient, 'annan@example.se'))).length).toBe(1);
		const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'subjectRequest.erased'));
		expect(event.entityId).toBe(id);
		expect(JSON.stringify(event.details)).not.toContain('sara');
		expect(await eraseForSubjectRequest(ctx, admin, id, { confirm: 'on' })).toEqual({
			ok: false,
			error: { code: 'closed' }
		});
	});
});
