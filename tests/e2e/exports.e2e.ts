import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readZip } from '../../src/lib/server/export/zip';
import { downloadedBytes, JS_ON_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');

async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: linkName, exact: true }).click()
	]);
	return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

describe.each(JS_ON_ONLY)('staff exports ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('a facilitator downloads the village dialogue as XLSX and the perspectives as CSV', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/leva-tillsammans-i-lillby');
		expect(await page.getByRole('heading', { name: 'Exportera' }).isVisible()).toBe(true);

		const xlsx = await download(page, 'Allt i en Excel-fil (XLSX)');
		expect(xlsx.name).toBe('leva-tillsammans-i-lillby.xlsx');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Perspektiv',
			'Teman',
			'Motsättningar',
			'Förslag',
			'Per roll',
			'Åtaganden',
			'Logg'
		]);
		const perspectives = workbook.getWorksheet('Perspektiv')!;
		expect(perspectives.rowCount).toBeGreaterThanOrEqual(214);
		const statuses = perspectives.getColumn(5).values.slice(2).map(String);
		expect(statuses.filter((s) => s === 'Dolt')).toHaveLength(3);

		const csv = await download(page, 'Perspektiv');
		expect(csv.name).toBe('leva-tillsammans-i-lillby-perspektiv.csv');
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = csv.bytes.toString('utf8');
		expect(text.split('\r\n')[0]).toBe(
			'\uFEFFId,Text,Kanal,Tema,Status,Skäl till att det är dolt,Citat,Från intervju,Kom in,Drogs tillbaka'
		);
		expect(text).not.toMatch(/[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}/);
		expect(text).not.toMatch(/@solbacka|@example/);

		const zip = await download(page, 'Arkivpaket (ZIP)');
		expect(zip.name).toBe('arkivpaket-leva-tillsammans-i-lillby.zip');
		const paths = readZip(new Uint8Array(zip.bytes)).map((f) => f.path);
		expect(paths[0]).toBe('leva-tillsammans-i-lillby/METS.xml');
		expect(paths).toContain('leva-tillsammans-i-lillby/documentation/perspektivrapport.pdf');

		// The downloads are in the process's history, with what was exported and by whom.
		await visit(page, '/hantera/processer/leva-tillsammans-i-lillby');
		const history = (await page.getByRole('table', { name: 'Händelser' }).textContent()) ?? '';
		expect(history).toContain('Perspektiv som CSV');
		expect(history).toContain('Alla tabeller som XLSX');
		expect(history).toContain('Gjorde ett arkivpaket');
	});

	it('an official sees no export and is refused the file', async () => {
		const context = await newContext(browser(), baseURL, javaScriptEnabled);
		const page = await context.newPage();
		await signIn(page, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/leva-tillsammans-i-lillby');
		expect(await page.getByRole('heading', { name: 'Exportera' }).count()).toBe(0);
		const response = await context.request.get('/hantera/processer/leva-tillsammans-i-lillby/export/perspektiv.csv');
		expect(response.status()).toBe(403);
		expect(await response.text()).not.toContain('Dolt');
	});
});
