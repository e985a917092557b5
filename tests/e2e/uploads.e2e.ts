import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, JS_OFF_ONLY, newContext, signIn, useBrowser } from './support';

const baseURL = inject('baseURL');

async function submit(page: Page, name: string) {
	await page.getByRole('button', { name, exact: true }).click();
	await page.waitForLoadState('load');
}

/** Uploads a file and returns the error summary's messages, after checking the page says it is an error. */
async function refused(
	page: Page,
	label: string,
	button: string,
	file: { name: string; mimeType: string; buffer: Buffer }
): Promise<string[]> {
	await page.getByLabel(label).setInputFiles(file);
	await submit(page, button);
	await page.waitForSelector('.error-summary');
	expect(await page.title()).toMatch(/^Fel: /);
	const messages = await page.locator('.error-summary a').allTextContents();
	expect(await page.locator('#file-error').textContent()).toBe(messages[0]);
	await expectAccessible(page);
	return messages;
}

describe.each(JS_OFF_ONLY)('uploads are checked by type and size ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const letter = javaScriptEnabled ? 'a' : 'b';
	const slug = `uppladdningar-${letter}`;

	it('a facilitator gets plain answers for a file in the wrong encoding, a renamed file, a too large one and a picture', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await page.goto('/hantera/processer/ny');
		await page.getByLabel('Titel').fill(`Uppladdningar ${letter.toUpperCase()}`);
		await page.getByLabel('Webbadress (frivilligt)').fill(slug);
		await page.getByLabel('Frågan').fill('Hur tar vi emot filer?');
		await page.getByRole('button', { name: 'Skapa dialog' }).click();
		await page.waitForURL(/done=created/);
		await page.goto(`/hantera/processer/${slug}/urval`);
		await page.getByLabel('Panelens namn').fill('Filpanelen');
		await page.getByLabel('Antal platser i panelen').fill('4');
		await page.getByLabel('Antal reserver').fill('2');
		await submit(page, 'Skapa panelen');
		await page.waitForURL(/done=created/);
		expect(await page.locator('#file-hint').textContent()).toContain('Högst 448 kB.');

		const header = 'namn;e-post;telefon;Åldersgrupp;Kön\n';
		// "Åsa Öberg" saved as Windows-1252, as Excel's plain CSV does.
		const latin1 = Buffer.from(`${header}Åsa Öberg;asa@fil.example;;16-24;kvinna\n`, 'latin1');
		expect(
			await refused(page, 'Fil (CSV eller Excel)', 'Läs in', {
				name: 'anmalda.csv',
				mimeType: 'text/csv',
				buffer: latin1
			})
		).toEqual([
			'Filen är inte sparad som UTF-8, så å, ä och ö skulle bli fel. Spara den som UTF-8 (i Excel: Spara som och CSV UTF-8) och välj den igen.'
		]);
		const renamed = Buffer.from(`${header}Bo Ek;bo@fil.example;;25-44;man\n`);
		expect(
			await refused(page, 'Fil (CSV eller Excel)', 'Läs in', {
				name: 'anmalda.xlsx',
				mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				buffer: renamed
			})
		).toEqual([
			'Filen slutar på .xlsx men är ingen Excel-arbetsbok. Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den igen.'
		]);
		const big = Buffer.from(header + 'Cia Holm;cia@fil.example;;45-64;kvinna\n'.repeat(20_000));
		const [tooLarge] = await refused(page, 'Fil (CSV eller Excel)', 'Läs in', {
			name: 'anmalda.csv',
			mimeType: 'text/csv',
			buffer: big
		});
		expect(tooLarge).toMatch(/^Filen är \d+ kB\. Välj en fil som är högst 448 kB\.$/);
		// Nothing was read in.
		expect(
			await page
				.getByRole('table', { name: 'Kön' })
				.getByRole('row', { name: /Kvinna/ })
				.textContent()
		).toContain('0');

		await page.goto(`/hantera/processer/${slug}/representation`);
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
		expect(
			await refused(page, 'Fil från SCB', 'Läs in', {
				name: 'befolkning.json',
				mimeType: 'application/json',
				buffer: png
			})
		).toEqual([
			'Filen är inte en textfil med JSON. Ladda ner tabellen från SCB som JSON (PxWeb) eller JSON-stat 2.0 och välj den igen.'
		]);
	});
});
