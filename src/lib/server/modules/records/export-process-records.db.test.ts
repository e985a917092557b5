import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { findDefaultOrganisation } from '../identity/queries/organisations';
import { findProcessBySlug } from '../process/queries/processes';
import { findUserByEmail } from '../identity/queries/users';
import { auditEvents, perspectiveContacts, perspectives } from '../../db/schema/index';
import { DEMO_LOGINS, seedDemo } from '../../seed/demo';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import type { UseCaseContext } from '../context';
import { exportProcessRecords } from './export-process-records';
import { parseCsv as readCsv } from '../../../analysis/sortition/csv';

const SLUG = 'leva-tillsammans-i-lillby';

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
		await seedDemo(ctx);
		organisationId = (await findDefaultOrganisation(database.db))!.id;
		const as = async (i: number): Promise<Actor> => ({
			kind: 'staff',
			userId: (await findUserByEmail(database.db, DEMO_LOGINS[i].email))!.id,
			organisationId,
			role: DEMO_LOGINS[i].role
		});
		facilitator = await as(0);
		official = await as(2);
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
		expect(rows).toHaveLength(213);
		const hidden = rows.filter((r) => r[4] === 'Dolt');
		expect(hidden).toHaveLength(3);
		expect(hidden.every((r) => r[5].length > 5)).toBe(true);
		expect(new Set(rows.map((r) => r[2]))).toContain('Intervju');
		expect(rows.filter((r) => r[3] !== '').length).toBeGreaterThan(150);

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
		expect(themes).toHaveLength(8);
		expect(themes.slice(1).reduce((n, r) => n + Number(r[3]), 0)).toBeGreaterThan(150);
		const tensions = parseCsv((await csv('motsattningar')).text);
		expect(tensions).toHaveLength(7);
		expect(tensions.slice(1).every((r) => r[3].length > 20 && r[4].length > 20)).toBe(true);

		const slug = 'tillsammans-i-lillby-arbetsgruppen';
		const [header, ...proposals] = parseCsv((await csv('forslag', slug)).text);
		expect(header).toContain('Prickar');
		expect(header).toContain('Legitimitet (medelvärde)');
		expect(proposals).toHaveLength(3);
		expect(proposals.some((r) => Number(r[header.indexOf('Prickar')]) > 0)).toBe(true);
		const byRole = parseCsv((await csv('prioriteringar', slug)).text);
		expect(byRole.slice(1).map((r) => r[2])).toContain('Invånare');
		const commitments = parseCsv((await csv('ataganden', slug)).text);
		expect(commitments).toHaveLength(9);
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
		expect(sheet.rowCount).toBe(214);
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
		expect(rows.map((r) => r[2])).toContain('Lade in demodialogen');
		// Events about things in the process (here the panel's draw) belong to its log too.
		expect(rows.map((r) => r[2])).toContain('Drog panelen');
	});
});
