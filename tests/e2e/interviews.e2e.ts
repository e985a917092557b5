import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pdfPlainText } from '../../src/lib/server/testing/pdf-text';
import { expectAccessible, JS_ON_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');

/** A group's row in the progress table: target, done, left, perspectives. */
async function progressOf(page: Page, group: string): Promise<string[]> {
	const row = page.getByRole('table', { name: 'Intervjuer per grupp' }).getByRole('row', { name: new RegExp(group) });
	return (await row.locator('td').allTextContents()).map((cell) => cell.replace(/\s+/g, ' ').trim());
}

describe.each(JS_ON_ONLY)('the interview plan ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const group = `Hemtjänstens brukare ${javaScriptEnabled ? 'A' : 'B'}`;

	it('a facilitator plans a group to reach; an official records an interview and sees the progress', async () => {
		const facilitator = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(facilitator, 'processledare@solbacka.example', 'medskapa-demo');
		await facilitator.goto('/hantera/processer/trygg-storgatan');
		await facilitator.getByRole('link', { name: 'Intervjuplan' }).click();
		await facilitator.waitForURL(/\/intervjuer$/);
		await expectAccessible(facilitator);
		await facilitator.getByLabel('Grupp', { exact: true }).fill(group);
		await facilitator.getByLabel('Antal intervjuer ni vill göra').fill('fem');
		await facilitator.getByRole('button', { name: 'Lägg till gruppen' }).click();
		await facilitator.waitForSelector('.error-summary');
		expect(await facilitator.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv antalet intervjuer som en siffra, till exempel 10.'
		]);
		expect(await facilitator.getByLabel('Grupp', { exact: true }).inputValue()).toBe(group);
		await expectAccessible(facilitator);
		await facilitator.getByLabel('Antal intervjuer ni vill göra').fill('5');
		await facilitator.getByRole('button', { name: 'Lägg till gruppen' }).click();
		await facilitator.waitForURL(/klart=grupp/);
		expect(await progressOf(facilitator, group)).toEqual(['5', '0 (0 %)', '5', '0']);

		const official = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(official, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(official, '/hantera/processer/trygg-storgatan/intervjuer');
		// Officials record interviews but do not change the plan.
		expect(await official.getByRole('button', { name: 'Lägg till gruppen' }).count()).toBe(0);
		await official.getByRole('link', { name: 'Registrera en intervju' }).click();
		await official.waitForURL(/\/intervjuer\/ny$/);
		await expectAccessible(official);
		await official.getByLabel('Vilken grupp hör den intervjuade till?').selectOption({ label: group });
		await official
			.getByLabel('Perspektiv 1', { exact: true })
			.fill('Jag vågar inte gå till apoteket när det är mörkt.');
		await official.getByLabel('Lyft perspektiv 1 som citat').check();
		await official.getByLabel('Perspektiv 2', { exact: true }).fill('Färdtjänsten borde kunna stanna närmare porten.');
		await official.getByLabel('Nej, inga citat').check();
		await official.getByRole('button', { name: 'Spara intervjun' }).click();
		await official.waitForSelector('.error-summary');
		expect(await official.locator('.error-summary a').allTextContents()).toEqual([
			'Intervjun kan bara sparas om den intervjuade har samtyckt.',
			'Perspektivet kan inte lyftas som citat eftersom den intervjuade inte sa ja till citat.'
		]);
		// Everything typed is still there.
		expect(await official.getByLabel('Perspektiv 2', { exact: true }).inputValue()).toBe(
			'Färdtjänsten borde kunna stanna närmare porten.'
		);
		expect(await official.getByLabel('Nej, inga citat').isChecked()).toBe(true);
		await expectAccessible(official);
		await official.getByLabel('Den intervjuade har fått informationen och samtycker till att svaren används').check();
		await official.getByLabel('Ja, citat utan namn är okej').check();
		await official.getByRole('button', { name: 'Spara intervjun' }).click();
		await official.waitForURL(/sparade=2/);
		expect(await official.getByRole('status').textContent()).toContain('Intervjun är sparad med 2 perspektiv.');
		expect(await official.getByRole('status').textContent()).toMatch(
			/Kvittenskoder att ge den intervjuade.*: [A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}, [A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}/
		);
		expect(
			await official.getByLabel('Vilken grupp hör den intervjuade till?').locator('option:checked').textContent()
		).toBe(group);
		expect(await official.getByLabel('Perspektiv 1', { exact: true }).inputValue()).toBe('');

		await official.getByRole('link', { name: 'Tillbaka till intervjuplanen' }).click();
		await official.waitForURL(/\/intervjuer$/);
		expect(await progressOf(official, group)).toEqual(['5', '1 (20 %)', '4', '2']);
		await visit(official, '/hantera/processer/trygg-storgatan/perspektiv');
		expect(await official.textContent('main')).toContain('Jag vågar inte gå till apoteket när det är mörkt.');
	});
});

describe('the perspective report as a PDF', () => {
	const browser = useBrowser();

	it('is linked from the report page and carries the same content', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(page, '/processer/leva-tillsammans-i-lillby/rapport');
		const href = await page.getByRole('link', { name: 'Ladda ner rapporten som PDF' }).getAttribute('href');
		const response = await page.request.get(href!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		const text = pdfPlainText(await response.body());
		const heading = (await page.getByRole('heading', { level: 1 }).textContent())!;
		expect(text).toContain(heading);
		for (const theme of await page.locator('.report-theme h3').allTextContents()) expect(text).toContain(theme);
		expect(text).toContain('Vilka vi har hört – och vilka inte');
	});
});
