import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { perspectives, users } from '../db/schema/index';
import { findDefaultOrganisation } from '../modules/identity/queries/organisations';
import { countPerspectives, listThemes } from '../modules/perspectives/queries/perspectives';
import { findProcessBySlug, listProcesses } from '../modules/process/queries/processes';
import { findReport } from '../modules/perspectives/queries/reports';
import { countPersonalData } from '../modules/records/queries/privacy-facts';
import { createTestDatabase, testDatabaseKinds } from '../testing/databases';
import { seedDemo, DEMO_LOGINS } from './demo';
import { downloadDelivery, loadRequestRegister } from '../modules/disclosure/index';
import { pdfPlainText } from '../testing/pdf-text';
import {
	loadSubjectRequest,
	loadSubjectRequestsPage,
	prepareDisposal,
	loadDisposalPage
} from '../modules/retention/index';
import { DEMO_SUBJECT_EMAIL } from './demo-retention';
import type { Actor } from '../../domain/access/can';

// What the demo shows a visitor. Other database tests build their own data with testing/factories.ts.
describe.each(testDatabaseKinds())('the demo installation on %s', (kind) => {
	let database: Database;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemo({ db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() });
		organisationId = (await findDefaultOrganisation(database.db))!.id;
	});
	afterAll(async () => database?.close());

	it('seeds 213 Lillby perspectives with themes, three of them hidden with a reason, and 30 on Storgatan', async () => {
		const lillby = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		expect(await countPerspectives(database.db, lillby.id)).toEqual({ visible: 210, hidden: 3 });
		expect((await listThemes(database.db, lillby.id)).length).toBe(7);
		const hidden = await database.db.select().from(perspectives).where(eq(perspectives.status, 'hidden'));
		expect(hidden.every((h) => (h.hiddenReason ?? '').length > 5)).toBe(true);
		const storgatan = (await findProcessBySlug(database.db, organisationId, 'trygg-storgatan'))!;
		expect(await countPerspectives(database.db, storgatan.id)).toEqual({ visible: 30, hidden: 0 });
	});

	it('seeds the village report: every perspective counted, hidden ones with reasons, tensions side by side', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		const report = (await findReport(database.db, process.id))!.snapshot;
		expect(report.totals).toMatchObject({ received: 213, shown: 210, hidden: 3 });
		expect(report.totals.hiddenReasons).toHaveLength(3);
		expect(report.themes).toHaveLength(7);
		expect(report.themes.reduce((s, t) => s + t.count, 0) + report.unthemed).toBe(210);
		expect(report.tensions).toHaveLength(6);
		expect(report.tensions.every((t) => t.sideA.length > 20 && t.sideB.length > 20)).toBe(true);
		expect(report.reach.gaps.sv).toEqual([
			'Personer 45–64 år är 30 % av invånarna men 41 % av perspektiven.',
			'Unga 16–24 år är 14 % av invånarna men 6 % av perspektiven.'
		]);
		// The hidden SMS with another person's phone number never reaches the report text.
		const texts = [
			...report.themes.flatMap((t) => [...t.quotes, ...t.voices]),
			...report.tensions.flatMap((t) => [t.sideA, t.sideB])
		].join('\n');
		expect(texts).not.toMatch(/\b0\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2}\b/);
	});

	it('holds the personal data the impact assessment counts, per kind', async () => {
		const counts = await countPersonalData(database.db, organisationId);
		// Solbacka's four staff accounts; Norrvik's admin and the platform admin are not Solbacka's.
		expect(counts.staff).toBe(4);
		expect(counts.volunteers).toBe(150);
		// 19 in Lillby's working group and 8 in the park dialogue's.
		expect(counts.members).toBe(27);
		expect(counts.perspectives).toBeGreaterThan(213);
		expect(counts.contacts).toBeGreaterThanOrEqual(20);
		expect(counts.profiles).toBeGreaterThan(100);
		expect(counts.interviews).toBeGreaterThan(0);
		expect(counts.statementParticipants).toBe(150);
	});

	it('seeds the processes: the published ones and one draft', async () => {
		const published = await listProcesses(database.db, organisationId, 'published');
		// Other modules add their own demo processes; these are the foundation's and its modules'.
		expect(published.map((p) => p.slug)).toEqual(
			expect.arrayContaining([
				'leva-tillsammans-i-lillby',
				'trygg-storgatan',
				'motesplats-for-unga',
				'tillsammans-i-lillby-arbetsgruppen'
			])
		);
		expect(published.map((p) => p.slug)).not.toContain('framtidens-fritid');
		const lillby = published.find((p) => p.slug === 'leva-tillsammans-i-lillby')!;
		expect(lillby.question).toBe('Hur vill vi leva tillsammans i byn?');
		expect(lillby.schedule).toHaveLength(8);
		expect(lillby.schedule[0]).toEqual({ phase: 'preparation', startsOn: '2026-03-02', endsOn: '2026-04-30' });
		const all = await listProcesses(database.db, organisationId, 'all');
		expect(all.filter((p) => !p.isPublished).map((p) => p.slug)).toEqual(['framtidens-fritid']);
	});

	it('holds a decided public-records request for all of Trygg Storgatan whose PDF masks what residents wrote, with the ground', async () => {
		const ctx = { db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() };
		const official = { kind: 'staff' as const, organisationId, role: 'official' as const, userId: '' };
		const [user] = await database.db.select().from(users).where(eq(users.email, DEMO_LOGINS[2].email));
		official.userId = user.id;
		const register = await loadRequestRegister(ctx, official);
		const request = register.ok ? register.value.requests[0] : undefined;
		expect(request).toMatchObject({ status: 'decided', outcome: 'partial', processTitle: 'Trygg Storgatan' });
		const pdf = await downloadDelivery(ctx, official, request!.id, 'pdf');
		if (!pdf.ok) throw new Error('no delivery');
		const text = pdfPlainText(Buffer.from(pdf.value.body));
		expect(text).toContain('Mina barn är 14 och 16');
		for (const personal of ['Lena Sjöberg', '070-312 45 78', 'lena.sjoberg@example.se'])
			expect(text).not.toContain(personal);
		expect(text).toContain('[MASKERAT – OSL 21 kap. 7 §]');
		expect(text).toContain('kammarrätten');
	});

	const ctx = () => ({ db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() });

	async function demoAdmin(): Promise<Actor> {
		const email = DEMO_LOGINS.find((l) => l.role === 'admin')!.email;
		const [user] = await database.db.select().from(users).where(eq(users.email, email));
		return { kind: 'staff', userId: user.id, organisationId, role: 'admin' };
	}

	it('holds an open register-extract request whose extract lists the resident’s perspectives, messages and consents', async () => {
		const admin = await demoAdmin();
		const page = await loadSubjectRequestsPage(ctx(), admin);
		const open = page.ok ? page.value.requests.filter((r) => r.status === 'open') : [];
		expect(open.map((r) => [r.kind, r.identifierKind])).toEqual([['access', 'email']]);
		const view = await loadSubjectRequest(ctx(), admin, open[0].id);
		if (!view.ok) throw new Error('not loaded');
		const x = view.value.extract;
		expect(view.value.request.identifier).toBe(DEMO_SUBJECT_EMAIL);
		expect(x.perspectives).toHaveLength(2);
		expect(
			x.perspectives.every((p) => p.contact?.email === DEMO_SUBJECT_EMAIL && p.process === 'Bruksparken för alla')
		).toBe(true);
		// The receipts, the decision and the finished lighting.
		expect(x.messages.length).toBeGreaterThanOrEqual(3);
		expect(x.messages.every((m) => m.recipient === DEMO_SUBJECT_EMAIL)).toBe(true);
		expect(x.messages.map((m) => m.subject).join(' ')).toContain('Tack för ditt perspektiv');
		expect(x.consents.filter((c) => c.what === 'contact')).toHaveLength(2);
		expect(x.consents.every((c) => c.what !== 'contact' || c.wording.length > 10)).toBe(true);
		expect(x.notLinkable).toContain('statementVotes');
	});

	it('has a records plan whose disposal preview lists counts per record type and rule, and keeps the texts', async () => {
		const admin = await demoAdmin();
		const prepared = await prepareDisposal(ctx(), admin);
		expect(prepared.ok && prepared.value.total).toBeGreaterThan(0);
		const page = await loadDisposalPage(ctx(), admin);
		if (!page.ok || !page.value.preview) throw new Error('no preview');
		const by = Object.fromEntries(page.value.preview.selections.map((s) => [s.recordType, s]));
		expect(page.value.isDefaultPlan).toBe(false);
		expect(by.perspectiveText.rule).toEqual({ kind: 'keep' });
		expect(by.perspectiveText.count).toBe(0);
		// Six months after the park's decision (May 2026), its self-descriptions; messages older than six months.
		expect(by.selfDescriptions.rule).toEqual({ kind: 'event', event: 'decisionPublished', months: 6 });
		expect(by.selfDescriptions.count).toBeGreaterThan(10);
		expect(by.messages.rule).toEqual({ kind: 'age', months: 6 });
		expect(by.messages.count).toBeGreaterThan(5);
		expect(by.messages.periodFrom).toBeTruthy();
	});
});
