import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, JS_MODES, newContext, useBrowser } from './support';
import { startServer, stopServer, type RunningServer } from './server';

const LILLBY = 'leva-tillsammans-i-lillby';

/** A server of its own with low limits, so these journeys can reach them without disturbing the others. */
describe('rate limits', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({
			env: {
				RATE_LIMIT_SUBMISSIONS: '3',
				RATE_LIMIT_SIGN_IN: '2',
				RATE_LIMIT_VOTES: '6',
				RATE_LIMIT_PARTICIPANTS: '5'
			}
		});
	}, 120_000);
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

	describe('statement votes', () => {
		const votes = () => `${server.url}/api/v1/processes/${LILLBY}/votes`;
		const vote = (statementId: string, cookie?: string) =>
			fetch(votes(), {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
				body: JSON.stringify({ statementId, vote: 'agree' })
			});

		it('a participant is refused after their limit, and 100 rapid new participants from one address after theirs', async () => {
			const map = await (await fetch(`${server.url}/api/v1/processes/${LILLBY}/opinion-map`)).json();
			const statementId: string = map.consensus.agree[0].id;
			const participantsBefore = map.participants as number;

			// One participant: 6 votes in 10 minutes (RATE_LIMIT_VOTES), then told to wait.
			const first = await vote(statementId);
			expect(first.status).toBe(201);
			const cookie = first.headers.get('set-cookie')!.split(';')[0];
			const own: number[] = [];
			for (let i = 0; i < 6; i++) own.push((await vote(statementId, cookie)).status);
			expect(own).toEqual([200, 200, 200, 200, 200, 429]);

			// 100 votes without a cookie, each a new participant: 4 more participants (5 in all), then refused.
			const statuses: number[] = [];
			let refused: Response | undefined;
			for (let i = 0; i < 100; i++) {
				const res = await vote(statementId);
				statuses.push(res.status);
				if (res.status === 429) refused ??= res;
				else await res.body?.cancel();
			}
			expect(statuses.slice(0, 4)).toEqual([201, 201, 201, 201]);
			expect(statuses.slice(4).every((s) => s === 429)).toBe(true);
			expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
			expect((await refused!.json()).error).toMatchObject({
				code: 'rate_limited',
				message: 'För många röster på kort tid från samma deltagare eller adress. Vänta och försök igen.'
			});
			// A made-up participant cookie is a new participant too.
			const madeUp = await vote(statementId, 'medskapa_deltagare=' + 'A'.repeat(32));
			expect(madeUp.status).toBe(429);
			await madeUp.body?.cancel();

			// Only the 5 admitted participants were stored (the map counts them after its next computation).
			let participants = participantsBefore;
			for (let i = 0; i < 50 && participants < participantsBefore + 5; i++) {
				await new Promise((r) => setTimeout(r, 200));
				participants = (await (await fetch(`${server.url}/api/v1/processes/${LILLBY}/opinion-map`)).json())
					.participants;
			}
			expect(participants).toBe(participantsBefore + 5);
		});

		it.each(JS_MODES)(
			'a new participant at that address is told on the page to wait ($name)',
			async ({ javaScriptEnabled }) => {
				const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
				await page.goto(`/processer/${LILLBY}/pastaenden`);
				await page.locator('#vote-buttons').getByRole('button', { name: 'Håller med', exact: true }).click();
				await page.waitForSelector('.error-summary');
				expect(await page.locator('.error-summary').textContent()).toContain(
					'Många röster har lagts från din uppkoppling på kort tid. Vänta några minuter och rösta sedan igen.'
				);
				expect(await page.title()).toMatch(/^Fel:/);
				await expectAccessible(page);
			}
		);
	});
});

/** Behind a TLS proxy: no ORIGIN, the protocol from X-Forwarded-Proto (adapter-node takes HTTPS without it). */
describe('HTTPS only', () => {
	let server: RunningServer;
	beforeAll(async () => {
		// ORIGIN unset: a child process's environment leaves out undefined values.
		server = await startServer({
			env: { ORIGIN: undefined as unknown as string, PROTOCOL_HEADER: 'x-forwarded-proto' }
		});
	}, 120_000);
	afterAll(async () => {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	});

	it('tells browsers to use only HTTPS when served over HTTPS, never over plain HTTP', async () => {
		const HSTS = 'max-age=31536000; includeSubDomains';
		for (const path of ['/', '/api/v1/processes', '/finns-inte', '/processer/%00']) {
			const secure = await fetch(`${server.url}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
			expect(secure.headers.get('strict-transport-security'), `${path} over HTTPS`).toBe(HSTS);
			const plain = await fetch(`${server.url}${path}`, { headers: { 'x-forwarded-proto': 'http' } });
			expect(plain.headers.get('strict-transport-security'), `${path} over HTTP`).toBeNull();
		}
	});
});
