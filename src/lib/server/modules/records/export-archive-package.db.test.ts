import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { rerunDraw } from '../../../domain/panel/draw';
import { newParticipantToken } from '../../auth/participant-token';
import {
	auditEvents,
	panelVolunteerContacts,
	panelVolunteers,
	perspectiveContacts,
	users,
	workingGroupMemberContacts
} from '../../db/schema/index';
import { readZip } from '../../export/zip';
import { OpinionMapService } from '../../opinion-map/service';
import { PanelLotteryService } from '../../panel-lottery/service';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeStaff,
	makeTheme,
	makeWorkingGroupMembers
} from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { importVolunteers } from '../panel/add-volunteers';
import { computeLottery, drawPanel, requestLottery } from '../panel/draw-panel';
import { createPanel } from '../panel/manage-panel';
import { harvestPerspective } from '../perspectives/harvest-perspective';
import { publishPerspectiveReport } from '../perspectives/publish-perspective-report';
import { seedStatement, setStatementsOpen } from '../statements/manage-statements';
import { castVote } from '../statements/take-part-in-statements';
import { downloadArchivePackage } from './export-archive-package';

const text = (data: Uint8Array) => new TextDecoder().decode(data);

const SLUG = 'leva-tillsammans-i-lillby';
const PANEL_SEED = '2027-05-20 Lillby bygdegård: 3 11 19 27 35';
const VOLUNTEERS = 12;
const STATEMENTS = ['Bygdegården ska vara öppen på kvällarna.', 'Bussen ska gå oftare.', 'Byn behöver en lekplats.'];
const VOTERS = 4;

/** Unwraps a use case's answer in the setup, where a refusal is a broken test. */
function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.value;
}

/** Every file METS.xml points at (fileSec and mdRef), with the size and SHA-256 it states. */
function metsListing(mets: string): Map<string, { size: number; sha256: string }> {
	const listed = new Map<string, { size: number; sha256: string }>();
	for (const tag of mets.match(/<mets:(?:file|mdRef)\b[^>]*>(?:\s*<mets:FLocat[^>]*\/>)?/g) ?? []) {
		const attr = (name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
		listed.set(attr('xlink:href')!, { size: Number(attr('SIZE')), sha256: attr('CHECKSUM')! });
		expect(attr('CHECKSUMTYPE')).toBe('SHA-256');
	}
	return listed;
}

describe.each(testDatabaseKinds())('the archive package of a process on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let files: { path: string; data: Uint8Array }[];

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-06-01T08:00:00Z'), newId: () => randomUUID() };
		const organisationId = (await makeOrganisation(ctx, { name: 'Solbacka kommun' })).id;
		const staff = await makeStaff(ctx, organisationId, 'facilitator', { name: 'Amina Berg' });
		facilitator = staff.actor;
		official = (await makeStaff(ctx, organisationId, 'official', { name: 'Eva Holm' })).actor;
		const lillby = await makeProcess(ctx, organisationId, {
			slug: SLUG,
			title: 'Leva tillsammans i Lillby',
			phase: 'compilation',
			facilitatorUserId: staff.userId
		});

		// Nine perspectives, eight under two themes with contact details; one hidden in moderation, one lifted as a quote.
		const themes = [await makeTheme(ctx, lillby.id, 'Mötesplatser'), await makeTheme(ctx, lillby.id, 'Trafik')];
		const sent = [];
		for (const [t, theme] of themes.entries())
			sent.push(
				...(await makePerspectives(
					ctx,
					lillby.id,
					[1, 2, 3, 4].map((n) => `Perspektiv ${n} om ${theme.name.toLowerCase()} i Lillby.`),
					{
						themeId: theme.id,
						contacts: [
							{ email: `boende${t}1@example.se` },
							{ email: `boende${t}2@example.se`, phone: `070-444 00 ${t}2` },
							{ phone: `070-444 00 ${t}3` }
						]
					}
				))
			);
		await makePerspectives(ctx, lillby.id, ['Ett perspektiv utan tema.']);
		must(
			await harvestPerspective(ctx, facilitator, SLUG, {
				command: 'hide',
				perspectiveId: sent[3].id,
				reason: 'Innehöll en annan persons namn.'
			})
		);
		must(
			await harvestPerspective(ctx, facilitator, SLUG, { command: 'quote', perspectiveId: sent[0].id, isQuote: 'true' })
		);
		must(await publishPerspectiveReport(ctx, facilitator, SLUG, 'https://dialog.solbacka.example'));

		// Three statements, each voted on by four participants.
		const maps = new OpinionMapService({ mode: 'inline', debounceMs: 0 });
		must(await setStatementsOpen(ctx, facilitator, SLUG, true));
		const statementIds = [];
		for (const statement of STATEMENTS)
			statementIds.push(must(await seedStatement(ctx, facilitator, SLUG, { text: statement }, maps)).id);
		for (let v = 0; v < VOTERS; v++) {
			const participant = { organisationId, slug: SLUG, token: newParticipantToken() };
			for (const [i, statementId] of statementIds.entries())
				must(await castVote(ctx, participant, { statementId, vote: (v + i) % 3 === 0 ? 'disagree' : 'agree' }, maps));
		}
		await maps.stop();

		// A working group drawn by lot from twelve volunteers: quotas on age and gender, LEXIMIN, a public seed.
		must(
			await createPanel(ctx, facilitator, SLUG, {
				name: 'Lottad arbetsgrupp för Lillby',
				size: '4',
				reserves: '2',
				features: { alder: 'on', kon: 'on' }
			})
		);
		const ages = ['16-24', '25-44', '45-64', '65+'];
		const rows = [['namn', 'e-post', 'telefon', 'adress', 'Åldersgrupp', 'Kön']];
		for (let i = 1; i <= VOLUNTEERS; i++)
			rows.push([
				`Volontär Nummer${i}`,
				`volontar${i}@lillby.example`,
				i % 3 === 0 ? `070-333 00 ${10 + i}` : '',
				`Byvägen ${i}, Lillby`,
				ages[i % 4],
				i % 2 ? 'kvinna' : 'man'
			]);
		const csv = { name: 'anmalda.csv', bytes: new TextEncoder().encode(rows.map((r) => r.join(';')).join('\r\n')) };
		must(await importVolunteers(ctx, facilitator, SLUG, csv));
		const { drawId } = must(await requestLottery(ctx, facilitator, SLUG));
		const lotteries = new PanelLotteryService();
		try {
			await computeLottery(ctx, drawId, lotteries);
		} finally {
			await lotteries.stop();
		}
		must(await drawPanel(ctx, facilitator, SLUG, { drawId, seed: PANEL_SEED }));
		await makeWorkingGroupMembers(ctx, staff.actor, lillby, [
			{ name: 'Rolf Boende', email: 'rolf@example.se', role: 'resident' },
			{ name: 'Sofia Förening', email: 'sofia@example.se', role: 'civilSociety' }
		]);

		const result = await downloadArchivePackage(
			ctx,
			facilitator,
			'leva-tillsammans-i-lillby',
			'https://dialog.solbacka.example'
		);
		if (!result.ok) throw new Error(JSON.stringify(result.error));
		expect(result.value.filename).toBe('arkivpaket-leva-tillsammans-i-lillby.zip');
		files = readZip(result.value.body);
	});
	afterAll(async () => database?.close());

	it('has the CSIP folders: METS at the root, descriptive and preservation metadata, data and documentation', () => {
		const paths = files.map((f) => f.path);
		expect(paths[0]).toBe('leva-tillsammans-i-lillby/METS.xml');
		for (const p of [
			'metadata/descriptive/dc.xml',
			'metadata/preservation/premis.xml',
			'documentation/README.txt',
			'documentation/perspektivrapport.pdf',
			'representations/rep1/data/perspective_report.json'
		]) {
			expect(paths).toContain(`leva-tillsammans-i-lillby/${p}`);
		}
		for (const table of [
			'process',
			'phases',
			'perspectives',
			'themes',
			'tensions',
			'proposals',
			'commitments',
			'statements',
			'interviews',
			'decisions'
		]) {
			expect(paths).toContain(`leva-tillsammans-i-lillby/representations/rep1/data/${table}.csv`);
			expect(paths).toContain(`leva-tillsammans-i-lillby/representations/rep1/data/${table}.json`);
		}
		const pdf = files.find((f) => f.path.endsWith('.pdf'))!;
		expect(text(pdf.data.subarray(0, 5))).toBe('%PDF-');
	});

	it('lists every other file in METS.xml with its true size and SHA-256', () => {
		const listed = metsListing(text(files[0].data));
		const others = files.slice(1);
		expect([...listed.keys()].sort()).toEqual(
			others.map((f) => f.path.replace('leva-tillsammans-i-lillby/', '')).sort()
		);
		for (const f of others) {
			const entry = listed.get(f.path.replace('leva-tillsammans-i-lillby/', ''))!;
			expect(entry.size).toBe(f.data.length);
			expect(entry.sha256).toBe(createHash('sha256').update(f.data).digest('hex'));
		}
	});

	it('holds every perspective, hidden ones with their reasons, and statements with votes counted', () => {
		const perspectives = JSON.parse(text(files.find((f) => f.path.endsWith('/perspectives.json'))!.data)) as {
			status: string;
			hidden_reason: string | null;
			text: string;
		}[];
		expect(perspectives).toHaveLength(9);
		expect(perspectives.filter((p) => p.status === 'hidden').every((p) => (p.hidden_reason ?? '').length > 5)).toBe(
			true
		);
		const statements = JSON.parse(text(files.find((f) => f.path.endsWith('/statements.json'))!.data)) as {
			agree: number;
			disagree: number;
			pass: number;
		}[];
		expect(statements).toHaveLength(STATEMENTS.length);
		expect(statements.reduce((n, s) => n + s.agree + s.disagree + s.pass, 0)).toBe(STATEMENTS.length * VOTERS);
		expect(text(files.find((f) => f.path.endsWith('/statements.json'))!.data)).not.toContain('participant_id');
	});

	it('contains no email address, phone number or name of a contributor, volunteer, member or staff member anywhere', async () => {
		const db = database.db;
		const contacts = await db
			.select({ email: perspectiveContacts.email, phone: perspectiveContacts.phone })
			.from(perspectiveContacts);
		const volunteers = await db
			.select({
				name: panelVolunteerContacts.name,
				email: panelVolunteerContacts.email,
				phone: panelVolunteerContacts.phone,
				address: panelVolunteerContacts.address
			})
			.from(panelVolunteerContacts);
		const members = await db
			.select({ name: workingGroupMemberContacts.name, email: workingGroupMemberContacts.email })
			.from(workingGroupMemberContacts);
		const staff = await db.select({ name: users.name, email: users.email }).from(users);
		const secrets = [...contacts, ...volunteers, ...members, ...staff]
			.flatMap((r) => Object.values(r))
			.filter((v): v is string => typeof v === 'string' && v.length > 3);
		expect(secrets.length).toBeGreaterThan(40);
		const all = files.map((f) => new TextDecoder('latin1').decode(f.data) + text(f.data)).join('\n');
		for (const secret of new Set(secrets)) expect(all, secret).not.toContain(secret);
		expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.(?:example|se|com|nu)\b/);
	});

	it('holds the panel drawn by lot as the public page shows it: method, quotas, seed, chances by code, the selected in order, never anyone’s answers', () => {
		const json = (name: string) => JSON.parse(text(files.find((f) => f.path.endsWith(`/data/${name}.json`))!.data));
		const [panel] = json('panel') as Record<string, unknown>[];
		expect(panel).toMatchObject({
			method: 'leximin',
			status: 'drawn',
			seed: PANEL_SEED,
			volunteers: VOLUNTEERS,
			procedure: expect.any(String),
			pool_sha256: expect.stringMatching(/^[0-9a-f]{64}$/)
		});
		const quotas = json('panel_quotas') as { feature: string; min: number; max: number }[];
		expect(quotas.length).toBeGreaterThan(3);
		expect(quotas.every((q) => q.min <= q.max && q.max <= Number(panel.size))).toBe(true);
		const chances = json('panel_probabilities') as { code: string; probability: number }[];
		expect(chances).toHaveLength(VOLUNTEERS);
		expect(Math.min(...chances.map((c) => c.probability))).toBeCloseTo(Number(panel.min_probability), 6);
		const selected = json('panel_selected') as Record<string, unknown>[];
		expect(selected.filter((s) => s.role === 'selected')).toHaveLength(Number(panel.size));
		// A code with its answers could point at a person in a small village: only counts are public.
		expect(Object.keys(selected[0]).sort()).toEqual(['code', 'position', 'role']);

		// The verification file is the public one, and re-running the draw from it gives the same panel.
		const verification = json('panel_verification');
		expect(verification.seed).toBe(PANEL_SEED);
		expect(rerunDraw(verification).selected).toEqual(selected.filter((s) => s.role === 'selected').map((s) => s.code));
		expect(text(files.find((f) => f.path.endsWith('README.txt'))!.data)).toContain('panel_verification.json');
	});

	it('names no panel volunteer: no name, email, phone, address, household key or row id, only the public codes', async () => {
		const volunteers = await database.db
			.select({ id: panelVolunteers.id, code: panelVolunteers.code, household: panelVolunteers.householdKey })
			.from(panelVolunteers);
		const contacts = await database.db.select().from(panelVolunteerContacts);
		expect(contacts).toHaveLength(VOLUNTEERS);
		const all = files.map((f) => text(f.data)).join('\n');
		for (const c of contacts)
			for (const v of [c.name, c.email, c.phone, c.address]) if (v) expect(all, v).not.toContain(v);
		for (const v of volunteers) {
			expect(all, v.id).not.toContain(v.id);
			if (v.household) expect(all, 'household key').not.toContain(v.household);
		}
		expect(all).toContain(volunteers[0].code);
	});

	it('says in its metadata that personal data is left out, and keeps the audit log as PREMIS events without names', () => {
		const dc = text(files.find((f) => f.path.endsWith('dc.xml'))!.data);
		expect(dc).toContain('<dc:title>Leva tillsammans i Lillby</dc:title>');
		expect(dc).toContain('Paketet innehåller inga personuppgifter');
		const premis = text(files.find((f) => f.path.endsWith('premis.xml'))!.data);
		expect(premis).toContain('<premis:eventType>report.published</premis:eventType>');
		expect(premis).toContain('<premis:eventType>panel.drawn</premis:eventType>');
		expect(premis).toContain('<premis:eventType>creation</premis:eventType>');
		expect(text(files[0].data)).toContain('Paketet innehåller inga personuppgifter');
	});

	it('is for those who run processes, and each package is audited without content', async () => {
		expect(await downloadArchivePackage(ctx, official, 'leva-tillsammans-i-lillby', 'http://x')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
		const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'export.archived'));
		expect(event.details).toEqual({ format: 'zip', files: files.length, bytes: expect.any(Number) });
		expect(event.actorUserId).toBe((facilitator as { userId: string }).userId);
	});
});
