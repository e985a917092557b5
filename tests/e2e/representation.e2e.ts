import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, expectAccessible, JS_OFF_ONLY, newContext, signIn, visit } from './support';

const baseURL = inject('baseURL');
const SHARED = process.env.MEDSKAPA_SHARED_DIR ?? resolve(process.cwd(), '../shared');

describe.each(JS_OFF_ONLY)('who has been heard ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('shows the gaps against the population without exposing small groups', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/leva-tillsammans-i-lillby/representation');
		expect(await page.textContent('main')).toContain('Unga 16–24 år är 14 % av invånarna men 6 % av perspektiven.');
		const channels = page.getByRole('table', { name: 'Kanaler' });
		expect(await channels.getByRole('row', { name: /Telefon/ }).textContent()).toContain('färre än 5');
	});

	it('imports population by age from an SCB JSON-stat file, and refuses a file that is not one', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan/representation');
		await page
			.getByLabel('Fil från SCB')
			.setInputFiles({ name: 'fel.json', mimeType: 'application/json', buffer: Buffer.from('{"hej": 1}') });
		await page.getByRole('button', { name: 'Läs in' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Välj en fil i SCB:s format JSON (PxWeb) eller JSON-stat 2.0.'
		]);
		await expectAccessible(page);
		await page
			.getByLabel('Fil från SCB')
			.setInputFiles(resolve(SHARED, 'data/scb/scb_v2_jsonstat2_FolkmDesoAldKon_SYNTHETIC.json'));
		await page.getByRole('button', { name: 'Läs in' }).click();
		await page.waitForURL(/done=imported/);
		const age = page.getByRole('table', { name: 'Ålder' });
		// The fixture has 20–24 and 65–69 only: 16–24 gets 255 people and 65+ 153, so 63 % and 38 %.
		expect(await age.getByRole('row', { name: /16–24 år/ }).textContent()).toContain('63 %');
		expect(await age.getByRole('row', { name: /65 år eller äldre/ }).textContent()).toContain('38 %');
		expect(await page.textContent('main')).toContain(
			'Källa för befolkningen: Folkmängden per region efter ålder och kön. År 2024'
		);
		await expectAccessible(page);
	});
});
