import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
	auditEvents,
	disposalRecords,
	outbox,
	perspectiveContacts,
	perspectiveProfiles,
	perspectives
} from '../../db/schema/index';
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
import type { UseCaseContext } from '../context';
import { loadInbox } from '../inbox/load-inbox';
import { purgeExpiredContacts } from '../records/purge-expired-contacts';
import {
	cancelDisposal,
	confirmDisposal,
	loadDisposalPage,
	loadRecordsPlanPage,
	prepareDisposal,
	prepareScheduledDisposals,
	saveRecordsPlan
} from './index';

/** The plan form as posted: every type kept unless given. */
const form = (rules: Record<string, { kind: string; months?: string; event?: string }>) =>
	Object.fromEntries(
		[
			'perspectiveText',
			'interviewNotes',
			'contactDetails',
			'selfDescriptions',
			'uploads',
			'panelVolunteers',
			'statementVotes',
			'messages'
		].map((t) => [t, { months: '', event: 'processEnded', ...(rules[t] ?? { kind: 'keep' }) }])
	);

describe.each(testDatabaseKinds())('the records plan and disposal on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let clock: Date;
	let organisationId: string;
	let admin: StaffActor;
	let official: StaffActor;
	let old: { id: string }[];
	let recent: { id: string }[];
	let oldMessage: string;
	let recentMessage: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		clock = new Date('2025-01-10T10:00:00Z');
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		admin = (await makeStaff(ctx, organisationId, 'admin')).actor;
		official = (await makeStaff(ctx, organisationId, 'official')).actor;
		// A dialogue that ended in March 2025, with perspectives, contacts and self-descriptions from January 2025.
		const ended = await makeProcess(ctx, organisationId, {
			phase: 'learning',
			schedule: [
				{ phase: 'collection', startsOn: '2025-01-01', endsOn: '2025-01-31' },
				{ phase: 'learning', startsOn: '2025-02-01', endsOn: '2025-03-31' }
			]
		});
		old = await makePerspectives(ctx, ended.id, ['Gamla torget var tryggare.', 'Mer ljus vid busshållplatsen.'], {
			contacts: [{ email: 'gammal@example.se' }, { phone: '070-555 66 77' }]
		});
		for (const p of old) await makeProfile(ctx, p.id);
		oldMessage = (await makeMessage(ctx, organisationId, { recipient: 'gammal@example.se' })).id;
		// An ongoing dialogue with perspectives from November 2026.
		clock = new Date('2026-11-01T09:00:00Z');
		const ongoing = await makeProcess(ctx, organisationId, { phase: 'collection' });
		recent = await makePerspectives(ctx, ongoing.id, ['Torget behöver bänkar.'], {
			contacts: [{ email: 'ny@example.se' }]
		});
		await makeProfile(ctx, recent[0].id);
		recentMessage = (await makeMessage(ctx, organisationId, { recipient: 'ny@example.se' })).id;
		clock = new Date('2026-11-22T12:00:00Z');
	});
	afterAll(async () => database?.close());

	it('starts from the default plan, which keeps what Medskapa did before', async () => {
		const page = await loadRecordsPlanPage(ctx, admin);
		expect(page.ok && page.value.isDefault).toBe(true);
		expect(page.ok && page.value.plan.contactDetails).toEqual({
			kind: 'event',
			event: 'processEnded',
			months: 0,
			days: 90
		});
		expect(page.ok && page.value.plan.perspectiveText).toEqual({ kind: 'keep' });
		expect((await loadRecordsPlanPage(ctx, official)).ok).toBe(false);
	});

	it('refuses a plan with bad rules, naming the fields, and officials altogether', async () => {
		const bad = await saveRecordsPlan(
			ctx,
			admin,
			form({ messages: { kind: 'event', months: '2' }, uploads: { kind: 'age', months: 'x' } })
		);
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.error.code === 'invalid' && bad.error.fields.map((f) => f.field).sort()).toEqual([
			'messages-kind',
			'uploads-months'
		]);
		expect(await saveRecordsPlan(ctx, official, form({}))).toEqual({ ok: false, error: { code: 'forbidden' } });
	});

	it('previews exactly what is due per type and rule, and disposes of exactly that once confirmed', async () => {
		const saved = await saveRecordsPlan(
			ctx,
			admin,
			form({
				selfDescriptions: { kind: 'event', event: 'processEnded', months: '6' },
				contactDetails: { kind: 'age', months: '12' },
				messages: { kind: 'age', months: '12' }
			})
		);
		expect(saved.ok).toBe(true);
		expect(await prepareDisposal(ctx, official)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const prepared = await prepareDisposal(ctx, admin);
		expect(prepared.ok && prepared.value.total).toBe(5);
		const page = await loadDisposalPage(ctx, admin);
		if (!page.ok || !page.value.preview) throw new Error('no preview');
		const counts = Object.fromEntries(page.value.preview.selections.map((s) => [s.recordType, s.count]));
		expect(counts).toEqual({
			perspectiveText: 0,
			interviewNotes: 0,
			contactDetails: 2,
			selfDescriptions: 2,
			uploads: 0,
			panelVolunteers: 0,
			statementVotes: 0,
			messages: 1
		});
		const self = page.value.preview.selections.find((s) => s.recordType === 'selfDescriptions')!;
		expect(self.rule).toEqual({ kind: 'event', event: 'processEnded', months: 6 });
		expect(self.periodFrom).toBe('2025-01-10T10:00:00.000Z');
		// The frozen ids stay on the server.
		expect(JSON.stringify(page.value.preview)).not.toContain(old[0].id);

		// Something else falls due after the preview: not in it, so not disposed of by confirming it.
		const later = clock;
		clock = new Date('2024-06-01T00:00:00Z');
		const lateMessage = (await makeMessage(ctx, organisationId, { recipient: 'sent.av.andra@example.se' })).id;
		clock = later;

		clock = new Date('2026-11-22T12:30:00Z');
		const confirmed = await confirmDisposal(ctx, admin, page.value.preview.id);
		expect(confirmed).toEqual({
			ok: true,
			value: { disposed: { contactDetails: 2, selfDescriptions: 2, messages: 1 } }
		});

		const ids = [...old, ...recent].map((p) => p.id);
		const profiles = await database.db
			.select({ id: perspectiveProfiles.perspectiveId })
			.from(perspectiveProfiles)
			.where(inArray(perspectiveProfiles.perspectiveId, ids));
		expect(profiles.map((p) => p.id)).toEqual([recent[0].id]);
		const contacts = await database.db
			.select({ id: perspectiveContacts.perspectiveId })
			.from(perspectiveContacts)
			.where(inArray(perspectiveContacts.perspectiveId, ids));
		expect(contacts.map((p) => p.id)).toEqual([recent[0].id]);
		// Perspective text is kept by the plan: every text survives.
		const texts = await database.db
			.select({ text: perspectives.text })
			.from(perspectives)
			.where(inArray(perspectives.id, ids));
		expect(texts.every((t) => t.text.length > 10)).toBe(true);
		const messages = await database.db
			.select({ id: outbox.id, recipient: outbox.recipient, body: outbox.bodyText, subject: outbox.subject })
			.from(outbox)
			.where(inArray(outbox.id, [oldMessage, recentMessage, lateMessage]));
		const byId = new Map(messages.map((m) => [m.id, m]));
		expect(byId.get(oldMessage)).toMatchObject({ recipient: '', body: '', subject: 'Besked om dialogen' });
		expect(byId.get(recentMessage)?.recipient).toBe('ny@example.se');
		expect(byId.get(lateMessage)?.recipient).toBe('sent.av.andra@example.se');

		// The disposal records: type, count, period, rule, when and who, listed on the page.
		const after = await loadDisposalPage(ctx, admin);
		if (!after.ok) throw new Error('no page');
		expect(after.value.preview).toBeNull();
		expect(after.value.records.map((r) => [r.recordType, r.count, r.confirmedByName]).sort()).toEqual([
			['contactDetails', 2, 'Ada Admin'],
			['messages', 1, 'Ada Admin'],
			['selfDescriptions', 2, 'Ada Admin']
		]);
		expect(after.value.records.find((r) => r.recordType === 'messages')).toMatchObject({
			rule: { kind: 'age', months: 12 },
			disposedAt: clock,
			periodFrom: new Date('2025-01-10T10:00:00Z')
		});
		const actions = (
			await database.db
				.select({ action: auditEvents.action })
				.from(auditEvents)
				.where(eq(auditEvents.organisationId, organisationId))
		).map((a) => a.action);
		expect(actions).toEqual(
			expect.arrayContaining(['retention.planSaved', 'retention.previewPrepared', 'retention.disposed'])
		);

		// Confirming twice disposes of nothing more.
		expect(await confirmDisposal(ctx, admin, page.value.preview.id)).toEqual({ ok: false, error: { code: 'closed' } });
		expect(await confirmDisposal(ctx, admin, 'not-an-id')).toEqual({ ok: false, error: { code: 'not_found' } });
	});

	it('never disposes of what the plan keeps, and a changed plan voids an open preview', async () => {
		const prepared = await prepareDisposal(ctx, admin);
		expect(prepared.ok && prepared.value.total).toBe(1); // the late message
		// The plan now keeps messages: the preview made under the old plan cannot be confirmed.
		expect((await saveRecordsPlan(ctx, admin, form({ contactDetails: { kind: 'age', months: '12' } }))).ok).toBe(true);
		expect(await confirmDisposal(ctx, admin, prepared.ok ? prepared.value.id : '')).toEqual({
			ok: false,
			error: { code: 'closed' }
		});
		const again = await prepareDisposal(ctx, admin);
		expect(again.ok && again.value.total).toBe(0);
		expect((await cancelDisposal(ctx, admin, again.ok ? again.value.id : '')).ok).toBe(true);
		const [late] = await database.db.select().from(outbox).where(eq(outbox.recipient, 'sent.av.andra@example.se'));
		expect(late.bodyText).not.toBe('');
		expect(
			(await database.db.select().from(disposalRecords).where(eq(disposalRecords.organisationId, organisationId)))
				.length
		).toBe(3);
	});

	it('lets the scheduled run prepare a preview when something is due, shown on the admin inbox only', async () => {
		expect((await saveRecordsPlan(ctx, admin, form({ messages: { kind: 'age', months: '12' } }))).ok).toBe(true);
		const first = await prepareScheduledDisposals(ctx);
		expect(first.previews).toBeGreaterThanOrEqual(1);
		const page = await loadDisposalPage(ctx, admin);
		expect(page.ok && page.value.preview?.scheduled).toBe(true);
		expect(page.ok && page.value.preview?.total).toBe(1);
		// One open preview at a time.
		const second = await prepareScheduledDisposals(ctx);
		const mine = (
			await database.db
				.select({ action: auditEvents.action, details: auditEvents.details })
				.from(auditEvents)
				.where(eq(auditEvents.organisationId, organisationId))
		).filter((a) => a.action === 'retention.previewPrepared' && (a.details as { scheduled?: boolean }).scheduled);
		expect(mine).toHaveLength(1);
		expect(second.previews).toBe(first.previews - 1);
		const inbox = await loadInbox(ctx, admin);
		expect(inbox.ok && inbox.value.sections.find((s) => s.kind === 'disposal')?.items).toEqual([
			{ total: 1, href: '/hantera/gallring' }
		]);
		const officialInbox = await loadInbox(ctx, official);
		expect(officialInbox.ok && officialInbox.value.sections.some((s) => s.kind === 'disposal')).toBe(false);
	});

	it('removes contact details automatically only under the plan rule "after the process ended"', async () => {
		const ended = await makeProcess(ctx, organisationId, {
			phase: 'learning',
			schedule: [{ phase: 'learning', startsOn: '2026-01-01', endsOn: '2026-03-31' }]
		});
		await makePerspectives(ctx, ended.id, ['Bänkar vid lekplatsen.'], { contacts: [{ email: 'bank@example.se' }] });
		// The plan disposes of contact details by age (12 months): the automatic purge leaves them to a confirmed disposal.
		expect((await saveRecordsPlan(ctx, admin, form({ contactDetails: { kind: 'age', months: '12' } }))).ok).toBe(true);
		expect((await purgeExpiredContacts(ctx)).removed).toBe(0);
		// Three months after the dialogue ended, as the plan now says: removed automatically, as before the plan.
		expect(
			(
				await saveRecordsPlan(
					ctx,
					admin,
					form({ contactDetails: { kind: 'event', event: 'processEnded', months: '3' } })
				)
			).ok
		).toBe(true);
		expect((await purgeExpiredContacts(ctx)).removed).toBe(1);
	});
});
