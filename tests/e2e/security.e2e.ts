import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, JS_MODES, newContext, useBrowser } from './support';
import { startServer, stopServer, type RunningServer } from './server';

/** A server of its own with low limits, so these journeys can reach them without disturbing the others. */
describe('rate limits', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({ env: { RATE_LIMIT_SUBMISSIONS: '3', RATE_LIMIT_SIGN_IN: '2' } });
	}, 60_000);
	afterAll(async () => {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	});
	const browser = useBrowser();

	describe.each(JS_MODES)('($name)', ({ javaScriptEnabled }) => {
		it('a resident who sends too many perspectives is told to wait, and keeps what they wrote', async () => {
			// The API and the form share the limit per address: use most of it through the API first.
			const api = (text: string) =>
				fetch(`${server.url}/api/v1/processes/trygg-storgatan/perspectives`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ text })
				});
			const statuses: number[] = [];
			for (let i = 0; i < 3; i++) statuses.push((await api(`Perspektiv ${i}`)).status);
			if (javaScriptEnabled) expect(statuses).toEqual([201, 201, 201]);
			const refused = await api('Ett till');
			expect(refused.status).toBe(429);
			expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
			expect((await refused.json()).error).toMatchObject({
				code: 'rate_limited',
				message: 'För många inskick på kort tid från samma adress. Vänta och försök igen.'
			});

			const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
			await page.goto('/processer/trygg-storgatan/bidra');
			await page
				.getByLabel('Vad är viktigt för dig i den här frågan?')
				.fill('Belysningen vid stationen behöver lagas.');
			await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
			await page.waitForSelector('.error-summary');
			expect(await page.locator('.error-summary').textContent()).toContain(
				'Vänta några minuter och skicka igen – det du skrev finns kvar.'
			);
			expect(await page.getByLabel('Vad är viktigt för dig i den här frågan?').inputValue()).toBe(
				'Belysningen vid stationen behöver lagas.'
			);
			expect(await page.title()).toMatch(/^Fel:/);
			await expectAccessible(page);
		});

		it('after repeated wrong passwords, sign-in is refused for a while, even with the right one', async () => {
			const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
			const email = javaScriptEnabled ? 'processledare@solbacka.example' : 'admin@solbacka.example';
			await page.goto('/logga-in');
			for (const password of ['fel-1', 'fel-2', 'medskapa-demo']) {
				await page.getByLabel('E-postadress', { exact: true }).fill(email);
				await page.getByLabel('Lösenord').fill(password);
				await page.getByRole('button', { name: 'Logga in', exact: true }).click();
				await page.waitForSelector('.error-summary');
			}
			expect(await page.locator('.error-summary').textContent()).toContain(
				'För många misslyckade inloggningar. Vänta 15 minuter'
			);
			expect(await page.getByLabel('E-postadress', { exact: true }).inputValue()).toBe(email);
			expect(page.url()).toMatch(/\/logga-in$/);
			await expectAccessible(page);
		});
	});
});
