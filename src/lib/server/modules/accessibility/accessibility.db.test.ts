import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { accessibilityReportContacts, auditEvents, organisations, outbox } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeStaffOfEachRole, type StaffActor } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { loadInbox } from '../inbox/load-inbox';
import { reviseOrganisationSettings } from '../identity/configure-organisation';
import { loadOrganisationSettings } from '../identity/load-organisation-admin';
import {
	listAccessibilityReports,
	loadAccessibilityStatement,
	loadStatementEditor,
	markAccessibilityReportHandled,
	reportAccessibilityProblem,
	saveAccessibilityStatement
} from './index';

const URL_BASE = 'https://dialog.testby.example';

describe.each(testDatabaseKinds())('accessibility statement and reports on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let staff: Record<'admin' | 'facilitator' | 'official' | 'elected', StaffActor>;
	const clock = new Date('2026-12-01T10:00:00Z');
	const anonymous = { kind: 'anonymous' as const };

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => clock, newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx, { name: 'Testby kommun' })).id;
		await ctx.db
			.update(organisations)
			.set({ contactEmail: 'kontakt@testby.example', contactPhone: '0123-45 67 00' })
			.where(eq(organisations.id, organisationId));
		staff = await makeStaffOfEachRole(ctx, organisationId);
	});
	afterAll(async () => database?.close());

	it("shows Medskapa's statement in the reader's language until the admin saves one", async () => {
		const sv = await loadAccessibilityStatement(ctx, anonymous, { organisationId, locale: 'sv' });
		expect(sv.ok && sv.value.isShipped).toBe(true);
		if (!sv.ok) return;
		expect(sv.value.statement.compliance).toBe('partial');
		expect(sv.value.statement.howMade).toContain('axe');
		expect(sv.value.statement.shortcomings.length).toBeGreaterThan(0);
		expect(sv.value.organisation).toMatchObject({ name: 'Testby kommun', phone: '0123-45 67 00' });
		expect(sv.value.supervisory.url).toMatch(/^https:\/\/www\.digg\.se\//);
		const en = await loadAccessibilityStatement(ctx, anonymous, { organisationId, locale: 'en' });
		expect(en.ok && en.value.statement.howMade).toContain('every page');
	});

	it('lets only the admin save the statement, checks it, and audits it', async () => {
		const form = {
			compliance: 'partial',
			shortcomings: {
				'0': { text: 'Kartan saknar textalternativ.', plan: 'Vi lägger till en tabell.', fixBy: '2027-03-31' },
				'1': { text: '', plan: '', fixBy: '' }
			},
			howMade: 'Egen granskning med skärmläsare.',
			reviewedOn: '2026-11-30'
		};
		expect(await saveAccessibilityStatement(ctx, staff.facilitator, form)).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		const bad = await saveAccessibilityStatement(ctx, staff.admin, {
			...form,
			reviewedOn: '2026-02-30',
			shortcomings: { '0': { text: 'x', fixBy: 'snart' } }
		});
		expect(bad.ok ? [] : 'fields' in bad.error ? bad.error.fields.map((f) => f.field) : []).toEqual([
			'shortcomings-0-fixBy',
			'reviewedOn'
		]);
		const saved = await saveAccessibilityStatement(ctx, staff.admin, form);
		expect(saved.ok).toBe(true);
		const page = await loadAccessibilityStatement(ctx, anonymous, { organisationId, locale: 'en' });
		expect(page.ok && page.value.isShipped).toBe(false);
		expect(page.ok && page.value.statement.shortcomings).toEqual([
			{ text: 'Kartan saknar textalternativ.', plan: 'Vi lägger till en tabell.', fixBy: '2027-03-31' }
		]);
		const editor = await loadStatementEditor(ctx, staff.admin, 'sv');
		expect(editor.ok && editor.value.statement.howMade).toBe('Egen granskning med skärmläsare.');
		const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'accessibility.statementSaved'));
		expect(audit).toHaveLength(1);
	});

	it('takes a report from anyone, keeps the contact apart, mails the organisation and the reporter, and shows staff', async () => {
		const invalid = await reportAccessibilityProblem(
			ctx,
			anonymous,
			{ organisationId, language: 'sv', publicUrl: URL_BASE },
			{ page: '', description: '', email: 'inte en adress' }
		);
		expect(invalid.ok ? [] : 'fields' in invalid.error ? invalid.error.fields.map((f) => f.field) : []).toEqual([
			'page',
			'description',
			'email'
		]);

		const result = await reportAccessibilityProblem(
			ctx,
			anonymous,
			{ organisationId, language: 'en', publicUrl: URL_BASE },
			{
				page: '/processer/trygg-torget/bidra',
				description: 'The submit button cannot be reached with the keyboard.',
				name: 'Rut',
				email: 'Rut@Example.se',
				phone: ''
			}
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.code).toMatch(/^TG-[2-9A-Z]{3}-[2-9A-Z]{4}$/);
		const anonymousReport = await reportAccessibilityProblem(
			ctx,
			anonymous,
			{ organisationId, language: 'sv', publicUrl: URL_BASE },
			{ page: 'Startsidan', description: 'Texten är för liten.' }
		);
		expect(anonymousReport.ok).toBe(true);

		const mails = await ctx.db.select().from(outbox).where(eq(outbox.organisationId, organisationId));
		const toOrganisation = mails.filter((m) => m.recipient === 'kontakt@testby.example');
		expect(toOrganisation).toHaveLength(2);
		expect(toOrganisation.find((m) => m.subject.includes(result.value.code))?.bodyText).toContain('rut@example.se');
		const receipt = mails.find((m) => m.recipient === 'rut@example.se');
		expect(receipt?.subject).toBe('Receipt for your report to Testby kommun');
		expect(receipt?.bodyText).toContain(result.value.code);
		expect(await ctx.db.select().from(accessibilityReportContacts)).toHaveLength(1);

		const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'accessibility.reported'));
		expect(audit).toHaveLength(2);
		expect(JSON.stringify(audit.map((a) => a.details))).not.toContain('rut@');

		// The receipt on the page: what and when, never the contact.
		const page = await loadAccessibilityStatement(ctx, anonymous, { organisationId, locale: 'sv' }, result.value.code);
		expect(page.ok && page.value.receipt).toEqual({
			code: result.value.code,
			page: '/processer/trygg-torget/bidra',
			receivedAt: clock
		});

		expect(await listAccessibilityReports(ctx, staff.elected)).toEqual({ ok: false, error: { code: 'forbidden' } });
		const list = await listAccessibilityReports(ctx, staff.official);
		expect(list.ok && list.value.reports.map((r) => r.contact?.email ?? null).sort()).toEqual(
			[null, 'rut@example.se'].sort()
		);

		const inbox = await loadInbox(ctx, staff.official);
		expect(inbox.ok && inbox.value.sections.find((s) => s.kind === 'accessibilityReports')?.items).toEqual([
			{ count: 2, href: '/hantera/tillganglighet/rapporter' }
		]);
		const electedInbox = await loadInbox(ctx, staff.elected);
		expect(electedInbox.ok && electedInbox.value.sections.some((s) => s.kind === 'accessibilityReports')).toBe(false);

		const id = list.ok ? list.value.reports[0].id : '';
		expect((await markAccessibilityReportHandled(ctx, staff.official, id)).ok).toBe(true);
		expect(await markAccessibilityReportHandled(ctx, staff.official, id)).toEqual({
			ok: false,
			error: { code: 'not_found' }
		});
		const after = await loadInbox(ctx, staff.official);
		expect(after.ok && after.value.sections.find((s) => s.kind === 'accessibilityReports')?.items[0].count).toBe(1);
	});

	it("keeps the organisation's contact (phone, email, visiting address), checked, with the admin's other settings", async () => {
		const settings = {
			name: 'Testby kommun',
			privacyContact: 'dataskydd@testby.example',
			contactRetentionDays: '90',
			recordsPolicy: 'keep',
			contactPhone: 'ring oss',
			contactEmail: 'inte-en-adress',
			visitingAddress: 'Torget 1, Testby'
		};
		const bad = await reviseOrganisationSettings(ctx, staff.admin, settings);
		expect(bad.ok ? [] : 'fields' in bad.error ? bad.error.fields.map((f) => f.message) : []).toEqual([
			'error.organisation.contactPhone',
			'error.organisation.contactEmail'
		]);
		const saved = await reviseOrganisationSettings(ctx, staff.admin, {
			...settings,
			contactPhone: '+46 123-45 67 00',
			contactEmail: 'kontakt@testby.example'
		});
		expect(saved.ok).toBe(true);
		const loaded = await loadOrganisationSettings(ctx, staff.admin);
		expect(loaded.ok && loaded.value.settings).toMatchObject({
			contactPhone: '+46 123-45 67 00',
			contactEmail: 'kontakt@testby.example',
			visitingAddress: 'Torget 1, Testby'
		});
		const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'organisation.configured'));
		expect(audit.at(-1)?.details).toMatchObject({
			changed: expect.arrayContaining(['contactPhone', 'visitingAddress'])
		});
	});

	it("never shows one organisation's reports to another's staff", async () => {
		const other = (await makeOrganisation(ctx, { name: 'Annanby kommun' })).id;
		const otherStaff = await makeStaffOfEachRole(ctx, other);
		const list = await listAccessibilityReports(ctx, otherStaff.admin);
		expect(list.ok && list.value.reports).toEqual([]);
	});
});
