import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { findProcessBySlug } from '../process/queries/processes';
import { auditEvents, perspectiveContacts, perspectives } from '../../db/schema/index';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import {
	makeOrganisation,
	makePerspectives,
	makeProcess,
	makeStaff,
	makeTheme,
	makeWorkingGroupMembers
} from '../../testing/factories';
import { addCommitment, changeCommitmentStatus } from '../cocreation/manage-commitments';
import { draftProposal } from '../cocreation/draft-proposal';
import { allocateDots, assessProposal } from '../cocreation/prioritise-proposals';
import { harvestPerspective } from '../perspectives/harvest-perspective';
import { linkTension } from '../perspectives/link-tension';
import { recordInterview } from '../perspectives/record-interview';
import { addInterviewTarget } from '../planning/plan-interviews';
import type { UseCaseContext } from '../context';
import { exportProcessRecords } from './export-process-records';
import { parseCsv as readCsv } from '../../../analysis/sortition/csv';

const SLUG = 'leva-tillsammans-i-lillby';
const GROUP_SLUG = 'tillsammans-i-lillby-arbetsgruppen';

/** Unwraps a use case's answer in the setup, where a refusal is a broken test. */
function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.value;
}

/** A CSV file back as rows, with the project's own RFC 4180 reader; every export starts with a byte order mark. */
function parseCsv(text: string): string[][] {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	return readCsv(text);
}

describe.each(testDatabaseKinds())('staff exports of a process on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let facilitator: Actor;
	let official: Actor;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-02-01T10:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		const staff = await makeStaff(ctx, organisationId, 'facilitator');
		facilitator = staff.actor;
		official = (await makeStaff(ctx, organisationId, 'official')).actor;
		await makeProcess(ctx, organisationId, { slug: 'trygg-storgatan' });

		// Lillby: 13 perspectives on the web (12 under three themes, 6 with an email address, 2 with a phone
		// number), 2 of them hidden in moderation, 2 more from an interview, and 2 tensions.
		const lillby = await makeProcess(ctx, organisationId, { slug: SLUG, facilitatorUserId: staff.userId });
		const themes = [];
		for (const name of ['Mötesplatser', 'Trafik', 'Trygghet']) themes.push(await makeTheme(ctx, lillby.id, name));
		const web = [];
		for (const [t, theme] of themes.entries())
			web.push(
				...(await makePerspectives(
					ctx,
					lillby.id,
					[1, 2, 3, 4].map((n) => `Perspektiv ${n} om ${theme.name.toLowerCase()} i Lillby, med några ord till.`),
					{
						themeId: theme.id,
						contacts: [1, 2, 3, 4].map((n) =>
							t < 2 && n <= 3
								? { email: `boende${t}${n}@example.se` }
								: t === 2 && n <= 2
									? { phone: `070-555 00 0${n}` }
									: undefined
						)
					}
				))
			);
		await makePerspectives(ctx, lillby.id, ['Ett perspektiv som ännu inte hör till något tema.']);
		for (const [i, reason] of ['Innehöll en annan persons namn.', 'Innehöll en kränkande formulering.'].entries())
			must(await harvestPerspective(ctx, facilitator, SLUG, { command: 'hide', perspectiveId: web[i].id, reason }));
		const target = must(
			await addInterviewTarget(ctx, facilitator, SLUG, { name: 'Föräldrar på förskolan', targetCount: '5' })
		);
		must(
			await recordInterview(ctx, facilitator, SLUG, {
				targetId: target.id,
				heldOn: '2027-01-20',
				consent: 'on',
				mayQuote: 'no',
				perspectives: [{ text: 'Hämtningen vid förskolan är rörig.' }, { text: 'Vi vill ha en gångväg dit.' }]
			})
		);
		for (const [a, b] of [
			[web[4], web[8]],
			[web[5], web[9]]
		])
			must(
				await linkTension(ctx, facilitator, SLUG, {
					title: 'Trafik mot trygghet',
					description: 'Två sätt att se på samma gata.',
					sideA: a.id,
					sideB: b.id
				})
			);

		// The working group continuing the village case: three proposals, members' dots and assessments, and
		// three commitments, one of them cancelled with a reason.
		const group = await makeProcess(ctx, organisationId, {
			slug: GROUP_SLUG,
			phase: 'cocreation',
			facilitatorUserId: staff.userId
		});
		const members = await makeWorkingGroupMembers(ctx, staff.actor, group, [
			{ name: 'Rolf Boende', email: 'rolf@example.se', role: 'resident' },
			{ name: 'Rut Boende', email: 'rut@example.se', role: 'resident' },
			{ name: 'Sofia Förening', email: 'sofia@example.se', role: 'civilSociety' }
		]);
		const proposals = [];
		for (const title of ['Öppen bygdegård', 'Läxhjälp i byn', 'Säkrare skolväg'])
			proposals.push(
				must(
					await draftProposal(ctx, facilitator, GROUP_SLUG, {
						title,
						what: `${title}: vad som ska göras.`,
						why: `${title}: varför det behövs.`,
						term: 'short'
					})
				).id
			);
		for (const [i, member] of members.entries()) {
			must(await allocateDots(ctx, member, GROUP_SLUG, { dots: { [proposals[0]]: '3', [proposals[i % 3]]: '2' } }));
			for (const proposalId of proposals)
				must(
					await assessProposal(ctx, member, GROUP_SLUG, proposalId, {
						sustainability: '4',
						legitimacy: String(3 + i),
						service: '3',
						feasibility: '4'
					})
				);
		}
		const commitments = [];
		for (const [i, what] of ['Öppna bygdegården på tisdagar', 'Läxhjälp i bygdegården', 'Ny belysning'].entries())
			commitments.push(
				must(
					await addCommitment(ctx, facilitator, GROUP_SLUG, proposals[i], {
						party: i === 1 ? 'association' : 'municipality',
						what,
						owner: 'Kultur- och fritidsförvaltningen',
						dueOn: '2027-06-30'
					})
				).id
			);
		must(
			await changeCommitmentStatus(ctx, facilitator, GROUP_SLUG, {
				commitmentId: commitments[1],
				status: 'cancelled',
				reason: 'Ersätts av skolans försök med läxhjälp.'
			})
		);
	});
	afterAll(async () => database?.close());

	const csv = async (
		table: 'perspektiv' | 'teman' | 'motsattningar' | 'forslag' | 'prioriteringar' | 'ataganden' | 'logg',
		slug = SLUG
	) => {
		const result = await exportProcessRecords(ctx, facilitator, slug, { format: 'csv', table }, 'sv');
		if (!result.ok) throw new Error(JSON.stringify(result.error));
		return { file: result.value, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.value.body) };
	};

	it('exports every perspective with channel, theme, status and the reason for hiding, and never contact details or receipt codes', async () => {
		const { file, text } = await csv('perspektiv');
		expect(file.filename).toBe(`${SLUG}-perspektiv.csv`);
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const [header, ...rows] = parseCsv(text);
		expect(header).toEqual([
			'Id',
			'Text',
			'Kanal',
			'Tema',
			'Status',
			'Skäl till att det är dolt',
			'Citat',
			'Från intervju',
			'Kom in',
			'Drogs tillbaka'
		]);
		expect(rows).toHaveLength(15);
		const hidden = rows.filter((r) => r[4] === 'Dolt');
		expect(hidden).toHaveLength(2);
		expect(hidden.every((r) => r[5].length > 5)).toBe(true);
		expect(new Set(rows.map((r) => r[2]))).toContain('Intervju');
		expect(rows.filter((r) => r[3] !== '').length).toBe(12);

		const process = (await findProcessBySlug(database.db, organisationId, SLUG))!;
		const stored = await database.db
			.select({ receipt: perspectives.receipt, email: perspectiveContacts.email, phone: perspectiveContacts.phone })
			.from(perspectives)
			.leftJoin(perspectiveContacts, eq(perspectiveContacts.perspectiveId, perspectives.id))
			.where(eq(perspectives.processId, process.id));
		const secrets = stored.flatMap((s) => [s.receipt, s.email, s.phone]).filter((v): v is string => Boolean(v));
		expect(secrets.filter((s) => s.includes('@')).length).toBeGreaterThan(5);
		for (const secret of secrets) expect(text).not.toContain(secret);
	});

	it('exports themes with counts, tensions side by side, proposals with dots and assessments, per role, and commitments', async () => {
		const themes = parseCsv((await csv('teman')).text);
		expect(themes).toHaveLength(4);
		// 12 perspectives under a theme, 2 of them hidden.
		expect(themes.slice(1).reduce((n, r) => n + Number(r[3]), 0)).toBe(10);
		const tensions = parseCsv((await csv('motsattningar')).text);
		expect(tensions).toHaveLength(3);
		expect(tensions.slice(1).every((r) => r[3].length > 20 && r[4].length > 20)).toBe(true);

		const slug = GROUP_SLUG;
		const [header, ...proposals] = parseCsv((await csv('forslag', slug)).text);
		expect(header).toContain('Prickar');
		expect(header).toContain('Legitimitet (medelvärde)');
		expect(proposals).toHaveLength(3);
		expect(proposals.some((r) => Number(r[header.indexOf('Prickar')]) > 0)).toBe(true);
		const byRole = parseCsv((await csv('prioriteringar', slug)).text);
		expect(byRole.slice(1).map((r) => r[2])).toContain('Invånare');
		const commitments = parseCsv((await csv('ataganden', slug)).text);
		expect(commitments).toHaveLength(4);
		expect(commitments.find((r) => r[6] === 'Avbruten')?.[7]).toContain('Ersätts av skolans försök');
	});

	it('writes a cell that would run as a formula as text', async () => {
		const process = (await findProcessBySlug(database.db, organisationId, 'trygg-storgatan'))!;
		await database.db.insert(perspectives).values({
			id: randomUUID(),
			processId: process.id,
			text: '=HYPERLINK("http://evil.example","Klicka")',
			channel: 'web',
			receipt: 'AC-DEF-GHJ',
			createdAt: new Date()
		});
		const { text } = await csv('perspektiv', 'trygg-storgatan');
		expect(parseCsv(text).some((r) => r[1] === `'=HYPERLINK("http://evil.example","Klicka")`)).toBe(true);
		expect(text).not.toContain('AC-DEF-GHJ');
	});

	it('puts every table in one XLSX workbook that Excel can read back', async () => {
		const result = await exportProcessRecords(ctx, facilitator, SLUG, { format: 'xlsx', table: 'alla' }, 'sv');
		if (!result.ok) throw new Error('export failed');
		expect([...result.value.body.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(result.value.body as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Perspektiv',
			'Teman',
			'Motsättningar',
			'Förslag',
			'Per roll',
			'Åtaganden',
			'Logg'
		]);
		const sheet = workbook.getWorksheet('Perspektiv')!;
		expect(sheet.rowCount).toBe(16);
		expect(sheet.getRow(1).getCell(2).text).toBe('Text');
	});

	it('is for those who run processes: an official is refused', async () => {
		expect(await exportProcessRecords(ctx, official, SLUG, { format: 'csv', table: 'perspektiv' }, 'sv')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('audits who exported which table of which process, never the content', async () => {
		const events = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'export.downloaded'));
		expect(events.length).toBeGreaterThanOrEqual(8);
		const xlsx = events.find((e) => e.details.format === 'xlsx')!;
		expect(xlsx.actorUserId).toBe((facilitator as { userId: string }).userId);
		expect(xlsx.details).toEqual({ format: 'xlsx', table: 'alla', rows: expect.any(Number) });
		const process = (await findProcessBySlug(database.db, organisationId, SLUG))!;
		expect(xlsx.entityId).toBe(process.id);
	});

	it('lists the audit log of everything in the process, including the exports', async () => {
		const [header, ...rows] = parseCsv((await csv('logg')).text);
		expect(header).toEqual(['Tid', 'Vem', 'Händelse', 'Gäller', 'Id', 'Detaljer']);
		expect(rows.map((r) => r[2])).toContain('Laddade ner en export');
		expect(rows.map((r) => r[2])).toContain('Lade till en grupp i intervjuplanen');
		// Events about things in the process (here a hidden perspective and a tension) belong to its log too.
		expect(rows.map((r) => r[2])).toContain('Dolde ett perspektiv vid moderering');
		expect(rows.map((r) => r[2])).toContain('Lade till en motsättning');
	});
});
