import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, JS_OFF_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const FACILITATOR = { email: 'processledare@solbacka.example', password: 'medskapa-demo' };

describe.each(JS_OFF_ONLY)('the staff inbox and confirming a phase change ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const slug = `inkorg-${javaScriptEnabled ? 'a' : 'b'}`;

	it('a facilitator opens on what waits for them and follows a link to act on it', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await visit(page, '/hantera');
		const inbox = page.getByRole('region', { name: 'Väntar på dig' });
		// The demo's street-safety dialogue collects perspectives nobody has sorted into themes yet.
		const themes = inbox.getByRole('list', { name: 'Perspektiv att sortera i teman' });
		const link = themes.getByRole('link', { name: /^\d+ perspektiv i Trygg Storgatan har inget tema$/ });
		expect(await link.count()).toBe(1);
		// The process list stays below the inbox.
		expect(await page.getByRole('table', { name: /^Alla dialoger i / }).count()).toBe(1);
		await link.click();
		await page.waitForURL(/\/hantera\/processer\/trygg-storgatan\/teman$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Teman i Trygg Storgatan');
		await expectAccessible(page);
	});

	it('an elected member, who reads but acts on nothing, is told that nothing waits', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'fortroendevald@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera');
		expect(await page.getByRole('region', { name: 'Väntar på dig' }).textContent()).toContain(
			'Inget väntar på dig just nu.'
		);
	});

	it('advancing a phase shows what will happen and changes nothing until confirmed', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await page.goto('/hantera/processer/ny');
		await page.getByLabel('Titel').fill(`Inkorgsprov ${slug}`);
		await page.getByLabel('Webbadress (frivilligt)').fill(slug);
		await page.getByLabel('Frågan').fill('Hur ska vi använda den gamla skolan?');
		await page.getByRole('button', { name: /Skapa/ }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}\\?done=created$`));

		await page.getByRole('button', { name: 'Gå vidare till Perspektivinsamling' }).click();
		const confirm = page.getByRole('region', { name: 'Gå vidare till Perspektivinsamling?' });
		expect((await confirm.locator('p').allTextContents()).map((p) => p.trim())).toEqual([
			'Fasen blir Perspektivinsamling.',
			'Ingen får något meddelande om det.'
		]);
		await expectAccessible(page);

		// Cancelling leaves the process where it was.
		await confirm.getByRole('link', { name: 'Avbryt' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}$`));
		expect(await page.locator('.summary-list').textContent()).toContain('Förberedelser');

		await page.getByRole('button', { name: 'Gå vidare till Perspektivinsamling' }).click();
		await page
			.getByRole('region', { name: 'Gå vidare till Perspektivinsamling?' })
			.getByRole('button', { name: 'Ja, gå vidare till Perspektivinsamling' })
			.click();
		await page.waitForURL(/\?done=advanced$/);
		expect(await page.getByRole('status').textContent()).toContain('Dialogen är nu i fasen Perspektivinsamling.');
		await expectAccessible(page);
	});
});
