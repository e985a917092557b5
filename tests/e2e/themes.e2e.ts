import { describe, expect, inject, it } from 'vitest';
import { useBrowser, expectAccessible, newContext, signIn, visit } from './support';

const baseURL = inject('baseURL');

describe('a facilitator shapes themes with suggestions from the text (JavaScript off)', () => {
	const browser = useBrowser();

	it('accepts a suggested theme under a better name, then creates, renames and merges themes', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan/teman');
		const suggestions = page.locator('article.suggestion');
		expect(await suggestions.count()).toBeGreaterThanOrEqual(2);
		const first = suggestions.first();
		const size = Number((await first.textContent())!.match(/(\d+) perspektiv/)![1]);
		expect(size).toBeGreaterThan(0);
		await first.getByLabel('Namn på temat').fill('Mörker och belysning');
		await first.getByRole('button', { name: 'Skapa temat och sortera in perspektiven' }).click();
		await page.waitForURL(/done=create/);
		expect(await page.getByRole('status').textContent()).toBe(`Temat är skapat. ${size} perspektiv sorterades in.`);
		const row = page.getByRole('row', { name: /Mörker och belysning/ });
		expect(await row.getByRole('cell').first().textContent()).toBe(String(size));
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Skapa tema', exact: true }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv ett namn på temat.']);
		await page.locator('#name').fill('Övrigt att följa upp');
		await page.getByRole('button', { name: 'Skapa tema', exact: true }).click();
		await page.waitForURL(/done=create/);

		await page.getByLabel('Nytt namn: Övrigt att följa upp').fill('Att följa upp');
		await page
			.getByRole('row', { name: /Övrigt att följa upp/ })
			.getByRole('button', { name: 'Byt namn' })
			.click();
		await page.waitForURL(/done=rename/);
		await page.getByLabel('Slå ihop med: Att följa upp').selectOption({ label: 'Mörker och belysning' });
		await page
			.getByRole('row', { name: /Att följa upp/ })
			.getByRole('button', { name: 'Slå ihop' })
			.click();
		await page.waitForURL(/done=merge/);
		expect(await page.getByRole('status').textContent()).toBe('Temana är ihopslagna. 0 perspektiv flyttades.');
		expect(await page.getByRole('row', { name: /Att följa upp/ }).count()).toBe(0);
		await expectAccessible(page);
	});

	it('links two opposing perspectives as a tension, refusing the same perspective twice', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan/motsattningar');
		expect(await page.textContent('main')).toContain('Det finns inga motsättningar ännu.');
		const firstOption = await page.locator('#sideA option').nth(1).getAttribute('value');
		await page.locator('#sideA').selectOption(firstOption!);
		await page.locator('#sideB').selectOption(firstOption!);
		await page.getByRole('button', { name: 'Lägg till motsättningen' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv vad motsättningen handlar om.',
			'Välj två olika perspektiv.'
		]);
		await expectAccessible(page);
		await page.getByLabel('Vad handlar motsättningen om?').fill('Kameror eller folkliv?');
		const secondOption = await page.locator('#sideB option').nth(2).getAttribute('value');
		await page.locator('#sideB').selectOption(secondOption!);
		await page.getByRole('button', { name: 'Lägg till motsättningen' }).click();
		await page.waitForURL(/done=linked/);
		expect(await page.locator('article.tension h3').allTextContents()).toEqual(['Kameror eller folkliv?']);
		await expectAccessible(page);
	});
});
