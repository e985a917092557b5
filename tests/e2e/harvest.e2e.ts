import { describe, expect, inject, it } from 'vitest';
import { useBrowser, expectAccessible, JS_OFF_ONLY, newContext, signIn, visit } from './support';

const baseURL = inject('baseURL');

describe.each(JS_OFF_ONLY)('staff gather and harvest perspectives ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('an official enters perspectives from the tent one after another, keeping the channel', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan/perspektiv/ny');
		await page.getByLabel('Kanal').selectOption('popup');
		await page.getByRole('button', { name: 'Spara och skriv nästa' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv ditt perspektiv.']);
		expect(await page.getByLabel('Kanal').inputValue()).toBe('popup');
		await expectAccessible(page);
		for (const text of [
			`Tältet ${javaScriptEnabled}: mer ljus vid torget`,
			`Tältet ${javaScriptEnabled}: fler vuxna ute på fredagar`
		]) {
			await page.getByLabel('Perspektivet').fill(text);
			await page.getByRole('button', { name: 'Spara och skriv nästa' }).click();
			await page.waitForURL(/kanal=popup&sparad=/);
			expect(await page.getByRole('status').textContent()).toMatch(
				/Sparat\. Kvittenskod att ge personen: [A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}/
			);
			expect(await page.getByLabel('Kanal').inputValue()).toBe('popup');
			expect(await page.getByLabel('Perspektivet').inputValue()).toBe('');
		}
		await expectAccessible(page);
		await visit(page, '/hantera/processer/trygg-storgatan/perspektiv');
		expect(await page.textContent('main')).toContain(`Tältet ${javaScriptEnabled}: mer ljus vid torget`);
		expect(await page.textContent('main')).toContain('Din roll kan läsa perspektiven och skriva in nya');
		expect(await page.getByRole('button', { name: 'Dölj' }).count()).toBe(0);
	});

	it('a facilitator sorts under a theme, lifts a quote, and hides with a recorded reason', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan/perspektiv?tema=none');
		const item = page.locator('.perspective-item', {
			hasText: `Tältet ${javaScriptEnabled}: fler vuxna ute på fredagar`
		});
		await item.getByLabel('Tema').selectOption({ label: 'Ungdomar i centrum' });
		await item.getByRole('button', { name: 'Spara tema' }).click();
		await page.waitForURL(/done=theme/);
		expect(await page.getByRole('status').first().textContent()).toContain('Temat är sparat.');
		// The filter shows perspectives without a theme: the sorted one is gone from this view.
		expect(
			await page
				.locator('.perspective-item', { hasText: `Tältet ${javaScriptEnabled}: fler vuxna ute på fredagar` })
				.count()
		).toBe(0);

		const other = page.locator('.perspective-item', { hasText: `Tältet ${javaScriptEnabled}: mer ljus vid torget` });
		await other.getByRole('button', { name: 'Lyft som citat' }).click();
		await page.waitForURL(/done=quote/);
		const quoted = page.locator('.perspective-item', { hasText: `Tältet ${javaScriptEnabled}: mer ljus vid torget` });
		expect(await quoted.getByRole('button', { name: 'Ta bort som citat' }).count()).toBe(1);

		// Hiding without a reason is refused; with one it is hidden, kept and the reason shown.
		await quoted.locator('summary', { hasText: 'Dölj' }).click();
		await quoted.getByRole('button', { name: 'Dölj' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv varför perspektivet ska döljas.']);
		await expectAccessible(page);
		const again = page.locator('.perspective-item', { hasText: `Tältet ${javaScriptEnabled}: mer ljus vid torget` });
		await again.getByLabel('Skäl att dölja').fill('Innehåller personuppgifter om en annan person.');
		await again.getByRole('button', { name: 'Dölj' }).click();
		await page.waitForURL(/done=hide/);
		const hidden = page.locator('.perspective-item', { hasText: `Tältet ${javaScriptEnabled}: mer ljus vid torget` });
		expect(await hidden.textContent()).toContain('Dolt. Skäl: Innehåller personuppgifter om en annan person.');
		await expectAccessible(page);
		await visit(page, '/hantera/logg');
		expect(await page.textContent('main')).toContain('Dolde ett perspektiv vid moderering');
	});
});
