/**
 * A public-records request from registration to delivery, as an official would handle it: registered with
 * JavaScript off (bad input first), the records gathered with the proposed masking, a further passage masked by
 * its text, a decision that does not fit refused, a partial refusal decided, and the PDF downloaded — names, phone
 * numbers and emails masked with the ground shown. Axe on every page; the request page at 320 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pdfPlainText } from '../../src/lib/server/testing/pdf-text';
import { downloadedBytes, expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const SUBJECT = 'Alla synpunkter i Trygg Storgatan (journey)';

async function submit(page: Page, name: string) {
	await page.getByRole('button', { name, exact: true }).click();
	await page.waitForLoadState('load');
}

describe('public-records requests (JavaScript off)', () => {
	const browser = useBrowser();

	it('an official registers a request, reviews the masking, decides a partial refusal and downloads the PDF', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera');
		await page.getByRole('link', { name: 'Utlämnanden', exact: true }).click();
		await page.waitForURL(/\/hantera\/utlamnanden$/);
		await expectAccessible(page);
		// The demo's request, decided, with how long it took; no grounds link for an official.
		expect(await page.textContent('main')).toContain('Delvis avslag');
		expect(await page.getByRole('link', { name: 'Sekretessgrunder' }).count()).toBe(0);

		await page.getByRole('link', { name: 'Registrera en begäran' }).click();
		await page.waitForURL(/\/utlamnanden\/ny$/);
		await expectAccessible(page);
		// Nothing chosen: the error summary names every missing answer, the form keeps what was typed.
		for (const type of [
			'Perspektiv',
			'Intervjuanteckningar',
			'Anteckningar från möten (skörd)',
			'Uppladdade filer',
			'Skickade meddelanden',
			'Beslut'
		])
			await page.getByLabel(type, { exact: true }).uncheck();
		await page.getByLabel('Namn', { exact: true }).fill('Anna Frågvis');
		await submit(page, 'Registrera begäran');
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Välj hur begäran kom in.',
			'Skriv vad som begärs.',
			'Välj minst ett slags handlingar.'
		]);
		expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe('Anna Frågvis');
		await expectAccessible(page);

		await page.getByLabel('Telefon', { exact: true }).first().check();
		await page.getByLabel('Vad begärs?').fill(SUBJECT);
		await page.getByLabel('Dialog', { exact: true }).selectOption({ label: 'Trygg Storgatan' });
		await page.getByLabel('Perspektiv', { exact: true }).check();
		await submit(page, 'Registrera begäran');
		await page.waitForURL(/\/utlamnanden\/[0-9a-f-]{36}\?klart=registered/);
		await expectAccessible(page);
		expect(await page.getByRole('status').textContent()).toContain('Begäran är registrerad');
		expect(await page.textContent('main')).toContain('inkom i dag');
		expect(await page.textContent('main')).toContain('Anna Frågvis');

		// The detector's proposals are ticked; the reviewer masks a further passage by its exact text.
		for (const label of [
			'Maskera ”Lena Sjöberg” (namn)',
			'Maskera ”070-312 45 78” (telefonnummer)',
			'Maskera ”lena.sjoberg@example.se” (e-postadress)'
		])
			expect(await page.getByLabel(label).isChecked()).toBe(true);
		await submit(page, 'Maskera uppgiften');
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv uppgiften som ska maskeras.']);
		await page.getByLabel('Uppgift (exakt text)').fill('föräldravandringar');
		await page.locator('#passage-groundId').selectOption({ label: 'OSL 21 kap. 1 § – ' + (await groundLabel(page)) });
		await submit(page, 'Maskera uppgiften');
		await page.waitForURL(/klart=passage/);
		expect(await page.getByLabel('Maskera ”föräldravandringar” (tillagd av granskaren)').isChecked()).toBe(true);
		await submit(page, 'Spara maskeringen');
		await page.waitForURL(/klart=masking/);
		await expectAccessible(page);

		// A full disclosure does not fit masked passages; a partial refusal with reasons does.
		await page.getByLabel('Handlingarna lämnas ut i sin helhet.').check();
		await submit(page, 'Fatta beslut');
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Uppgifter är maskerade: välj delvis avslag, eller bocka ur maskeringen först.'
		]);
		await expectAccessible(page);
		await page.getByLabel('Handlingarna lämnas ut med vissa uppgifter maskerade (delvis avslag).').check();
		await page.getByLabel('Skäl (krävs vid avslag och delvis avslag)').fill('Personuppgifter om enskilda invånare.');
		await submit(page, 'Fatta beslut');
		await page.waitForURL(/klart=decided/);
		await expectAccessible(page);
		const main = (await page.textContent('main')) ?? '';
		expect(main).toContain('kammarrätten');
		expect(main).toContain('[MASKERAT – OSL 21 kap. 7 §]');
		expect(main).not.toContain('070-312 45 78');
		expect(await page.getByRole('button', { name: 'Fatta beslut' }).count()).toBe(0);

		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Beslut och handlingar (PDF)' }).click()
		]);
		expect(file.suggestedFilename()).toMatch(/^utl-[0-9a-f]{8}\.pdf$/);
		const text = pdfPlainText(await downloadedBytes(file));
		expect(text).toContain('Beslut om utlämnande');
		expect(text).toContain('OSL 21 kap. 7 §');
		expect(text).toContain('[MASKERAT – OSL 21 kap. 1 §]');
		for (const personal of ['Lena Sjöberg', '070-312 45 78', 'lena.sjoberg@example.se', 'föräldravandringar'])
			expect(text).not.toContain(personal);

		// At 320 px, with JavaScript, the decided request page does not scroll sideways.
		const narrow = await (await newContext(browser(), baseURL, true)).newPage();
		await signIn(narrow, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await narrow.setViewportSize({ width: 320, height: 800 });
		await visit(narrow, new URL(page.url()).pathname);
		expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});

	it('the admin keeps the list of grounds: one without what it protects is refused, with what was typed kept', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'admin@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/utlamnanden/grunder');
		const adding = page.locator('form', { has: page.getByRole('button', { name: 'Lägg till grund' }) });
		await adding.getByLabel('Lagrum').fill('OSL 40 kap. 5 §');
		await submit(page, 'Lägg till grund');
		await page.waitForSelector('.error-summary');
		await expectAccessible(page);
		expect(await adding.getByLabel('Lagrum').inputValue()).toBe('OSL 40 kap. 5 §');
	});

	it('keeps requests from elected members', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'fortroendevald@solbacka.example', 'medskapa-demo');
		expect((await page.goto('/hantera/utlamnanden'))?.status()).toBe(403);
	});
});

/** The wording of OSL 21 kap. 1 § in the organisation's list, as the option shows it. */
async function groundLabel(page: Page): Promise<string> {
	const option = await page.locator('#passage-groundId option', { hasText: 'OSL 21 kap. 1 §' }).textContent();
	return (option ?? '').split(' – ').slice(1).join(' – ').trim();
}
