import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, expectAccessible, JS_OFF_ONLY, newContext, signIn, visit } from './support';

const baseURL = inject('baseURL');
const FACILITATOR = { email: 'processledare@solbacka.example', password: 'medskapa-demo' };

async function expectErrorSummary(page: Page, messages: string[]) {
	expect(await page.title()).toMatch(/^Fel: /);
	const summary = page.locator('.error-summary');
	expect(await summary.getByRole('heading').textContent()).toBe(
		messages.length === 1 ? 'Det finns 1 fel att rätta' : `Det finns ${messages.length} fel att rätta`
	);
	expect((await summary.getByRole('link').allTextContents()).map((m) => m.trim())).toEqual(messages);
	// The summary takes focus so screen reader and keyboard users land on it.
	expect(
		await page.evaluate(() => document.activeElement?.classList.contains('error-summary')).catch(() => null)
	).not.toBe(false);
}

describe.each(JS_OFF_ONLY)('a facilitator runs a process ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const title = `Badplatsen vid sjön ${javaScriptEnabled ? 'A' : 'B'}`;
	const slug = `badplatsen-${javaScriptEnabled ? 'a' : 'b'}`;

	it('is sent to sign in, keeps the typed email after a wrong password, and gets in', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await page.goto('/hantera');
		await page.waitForURL(/\/logga-in\?next=%2Fhantera$/);
		await expectAccessible(page);
		await page.getByLabel('E-postadress', { exact: true }).fill(FACILITATOR.email);
		await page.getByLabel('Lösenord').fill('fel-lösenord');
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		await page.waitForSelector('.error-summary');
		await expectErrorSummary(page, ['Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.']);
		expect(await page.getByLabel('E-postadress', { exact: true }).inputValue()).toBe(FACILITATOR.email);
		expect(await page.getByLabel('Lösenord').inputValue()).toBe('');
		await expectAccessible(page);
		await page.getByLabel('Lösenord').fill(FACILITATOR.password);
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		await page.waitForURL(/\/hantera$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hantera dialoger');
		await expectAccessible(page);
	});

	it('creates a process: a rejected form keeps every typed value, then it is created as a draft', async () => {
		const context = await newContext(browser(), baseURL, javaScriptEnabled);
		const page = await context.newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await page.getByRole('link', { name: 'Skapa ny dialog' }).click();
		await page.waitForURL(/\/hantera\/processer\/ny$/);
		await expectAccessible(page);

		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Webbadress (frivilligt)').fill(slug);
		await page.getByLabel('Varför dialogen förs (frivilligt)').fill('Badplatsen behöver rustas upp.');
		await page.getByLabel('Vad går att påverka? (krävs för att publicera)').fill('Vad som ska finnas på badplatsen.');
		await page.getByLabel('Förslag och utformning').selectOption('partnership');
		await page.locator('#schedule-preparation-startsOn').fill('2027-02-01');
		await page.locator('#schedule-preparation-endsOn').fill('2027-01-01');
		await page.getByRole('button', { name: 'Skapa dialog' }).click();
		await page.waitForSelector('.error-summary');
		await expectErrorSummary(page, ['Skriv frågan som dialogen handlar om.']);
		await expectAccessible(page);
		expect(await page.getByLabel('Titel').inputValue()).toBe(title);
		expect(await page.getByLabel('Varför dialogen förs (frivilligt)').inputValue()).toBe(
			'Badplatsen behöver rustas upp.'
		);
		expect(await page.getByLabel('Förslag och utformning').inputValue()).toBe('partnership');
		expect(await page.locator('#schedule-preparation-endsOn').inputValue()).toBe('2027-01-01');
		// The error link leads to the field.
		expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#question');

		await page.getByLabel('Frågan').fill('Hur vill du att badplatsen vid sjön ska se ut?');
		await page.getByRole('button', { name: 'Skapa dialog' }).click();
		await page.waitForSelector('.error-summary');
		await expectErrorSummary(page, ['Välj ett slutdatum som är samma dag som startdatumet eller senare.']);
		await page.locator('#schedule-preparation-endsOn').fill('2027-03-01');
		await page.getByRole('button', { name: 'Skapa dialog' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}\\?done=created$`));
		expect(await page.getByRole('status').textContent()).toContain('Dialogen är skapad');
		expect(await page.textContent('main')).toContain('Utkast – syns inte för allmänheten');
		await expectAccessible(page);

		// Not visible to the public yet.
		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		expect((await visitor.goto(`/processer/${slug}`))?.status()).toBe(404);
	});

	it('cannot publish before saying who decides, when and how feedback comes; then publishes', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await visit(page, `/hantera/processer/${slug}`);
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.waitForSelector('.error-summary');
		await expectErrorSummary(page, [
			'Skriv vem som beslutar.',
			'Skriv när beslutet fattas.',
			'Skriv hur deltagarna får återkoppling.'
		]);
		await expectAccessible(page);

		await page.locator('.error-summary').getByRole('link', { name: 'Skriv vem som beslutar.' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}/redigera#influence-whoDecides$`));
		await expectAccessible(page);
		expect(await page.getByLabel('Vad går att påverka? (krävs för att publicera)').inputValue()).toBe(
			'Vad som ska finnas på badplatsen.'
		);
		await page.getByLabel('Vem beslutar? (krävs för att publicera)').fill('Tekniska nämnden');
		await page.getByLabel('När fattas beslutet? (krävs för att publicera)').fill('Nämndens möte i maj 2027');
		await page
			.getByLabel('Hur och när får deltagarna återkoppling? (krävs för att publicera)')
			.fill('Vi mejlar alla som deltagit och publicerar beslutet här.');
		await page.getByRole('button', { name: 'Spara ändringar' }).click();
		// The browser keeps the #fragment of the edit link across the redirect.
		await page.waitForURL(/\?done=revised(#.*)?$/);
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.waitForURL(/\?done=published(#.*)?$/);
		expect(await page.textContent('main')).toContain('Publicerad – syns för alla');

		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(visitor, '/');
		await visitor.getByRole('link', { name: title }).click();
		await visitor.waitForURL(new RegExp(`/processer/${slug}$`));
		expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Hur vill du att badplatsen vid sjön ska se ut?'
		);
		expect(await visitor.textContent('section.influence')).toContain('Tekniska nämnden');
		expect(await visitor.locator('.timeline li[aria-current="step"] .phase-name').textContent()).toBe('Förberedelser');
	});

	it('moves the process to the next phase, and the audit log shows who did what', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await page.goto(`/hantera/processer/${slug}`);
		await page.getByRole('button', { name: 'Gå vidare till Perspektivinsamling' }).click();
		// The confirmation says what will happen; nothing has changed until it is confirmed.
		const confirm = page.getByRole('region', { name: 'Gå vidare till Perspektivinsamling?' });
		expect(await confirm.textContent()).toContain('Fasen blir Perspektivinsamling.');
		expect(await confirm.textContent()).toContain('Ingen får något meddelande om det.');
		await expectAccessible(page);
		await confirm.getByRole('button', { name: 'Ja, gå vidare till Perspektivinsamling' }).click();
		await page.waitForURL(/\?done=advanced$/);
		expect(await page.getByRole('status').textContent()).toContain('Dialogen är nu i fasen Perspektivinsamling.');
		await expectAccessible(page);
		const history = await page.getByRole('table', { name: 'Händelser' }).locator('tbody tr').allTextContents();
		expect(history[0]).toContain('Flyttade dialogen till nästa fas');
		expect(history[0]).toContain('Från Förberedelser till Perspektivinsamling');
		expect(history[0]).toContain('Amina Berg');
		expect(history.map((h) => h.replace(/\s+/g, ' '))).toEqual([
			expect.stringContaining('Flyttade dialogen'),
			expect.stringContaining('Publicerade dialogen'),
			expect.stringContaining('Ändrade dialogen'),
			expect.stringContaining('Skapade dialogen')
		]);
		await visit(page, '/hantera/logg');
		expect(await page.textContent('main')).toContain(title);

		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visitor.goto(`/processer/${slug}`);
		expect(await visitor.locator('.timeline li[aria-current="step"] .phase-name').textContent()).toBe(
			'Perspektivinsamling'
		);
	});
});

describe('roles', () => {
	const browser = useBrowser();

	it('lets an official read the staff pages but not create or publish', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'tjansteperson@solbacka.example', 'medskapa-demo');
		expect(await page.getByRole('link', { name: 'Skapa ny dialog' }).count()).toBe(0);
		expect(await page.textContent('main')).toContain('Din roll kan läsa men inte ändra dialoger.');
		await page.goto('/hantera/processer/trygg-storgatan');
		expect(await page.getByRole('button', { name: /Publicera|Avpublicera/ }).count()).toBe(0);
		expect((await page.goto('/hantera/processer/ny'))?.status()).toBe(403);
		await expectAccessible(page);
	});

	it('signs out', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await page.getByRole('button', { name: 'Logga ut' }).click();
		await page.waitForURL(baseURL + '/');
		await page.goto('/hantera');
		await page.waitForURL(/\/logga-in/);
	});
});
