import { describe, expect, inject, it } from 'vitest';
import { useBrowser, expectAccessible, PARTICIPANT_MODES, newContext, visit } from './support';

const baseURL = inject('baseURL');

describe.each(PARTICIPANT_MODES)('a visitor reads the dialogues ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('finds the published processes on the start page, not the draft', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dialoger i Solbacka kommun');
		const titles = await page.locator('.card h2').allTextContents();
		// Other journeys may have published processes of their own; the demo's two must be there.
		expect(titles.map((t) => t.trim())).toEqual(
			expect.arrayContaining(['Leva tillsammans i Lillby', 'Trygg Storgatan'])
		);
		expect(await page.textContent('main')).toContain('Hur vill vi leva tillsammans i byn?');
		expect(await page.textContent('main')).not.toContain('Framtidens fritid');
	});

	it('reads the question, the influence declaration, the phases and the participation matrix', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/');
		await page.getByRole('link', { name: 'Leva tillsammans i Lillby' }).click();
		await page.waitForURL(/\/processer\/leva-tillsammans-i-lillby$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hur vill vi leva tillsammans i byn?');

		const influence = page.locator('section.influence');
		expect(await influence.getByRole('heading').textContent()).toBe('Det här kan du påverka');
		const influenceText = (await influence.textContent()) ?? '';
		expect(influenceText).toContain('Skolans placering och kommunens budgetram för 2027');
		expect(influenceText).toContain('bosättningslagen');
		expect(influenceText).toContain('Kommunstyrelsens sammanträde i juni 2027');

		const current = page.locator('.timeline li[aria-current="step"]');
		expect(await current.locator('.phase-name').textContent()).toBe('Sammanställ & återkoppla');
		expect(await current.textContent()).toContain('Pågår nu');
		expect(await page.locator('.timeline li').count()).toBe(8);
		expect(await page.locator('.timeline li').first().textContent()).toContain('2 mars 2026 – 30 april 2026');

		const table = page.getByRole('table', { name: 'Delaktighet per beslutsstadium' });
		const drafting = table.getByRole('row', { name: /Förslag och utformning/ });
		const cells = await drafting.getByRole('cell').allTextContents();
		// Columns: Information, Konsultation, Dialog, Medskapande — drafting is offered as co-creation.
		const offered = cells.map((c) => (c.includes('Erbjuds inte') ? 'no' : c.includes('Erbjuds') ? 'yes' : '?'));
		expect(offered).toEqual(['no', 'no', 'no', 'yes']);
	});

	it('switches to English and stays there on the next page', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await page.goto('/processer/trygg-storgatan');
		await page.getByRole('link', { name: 'In English' }).click();
		await page.waitForURL(/\/processer\/trygg-storgatan$/);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('main')).toContain('What you can influence');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Dialogues', exact: true }).click();
		await page.waitForURL(baseURL + '/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dialogues in Solbacka kommun');
	});

	it('gets a helpful 404 page for an unknown or unpublished process', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		for (const path of ['/processer/finns-inte', '/processer/framtidens-fritid']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
			await expectAccessible(page);
		}
	});
});
