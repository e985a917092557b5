/**
 * The organisation first, its accessibility statement and the register (issue #17, items 2, 5 and 6): every
 * public page shows the organisation's name and its contact in the footer with a link to /tillganglighet (at
 * 320 px too); the statement answers on both demo organisations with their own contact details; a problem
 * reported without JavaScript gives a receipt (on the page and by mail) and reaches staff (inbox, list, mail);
 * Trygg Storgatan is registered and the register exports as CSV.
 */
import { rmSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { waitForMail } from './mailbox';
import { startServer, stopServer } from './server';
import { expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');

describe('the organisation first and its accessibility statement (JavaScript off)', () => {
	const browser = useBrowser();

	it('shows the organisation and its contact on every public page, at 320 px, with the statement linked', async () => {
		const context = await newContext(browser(), baseURL, false);
		const page = await context.newPage();
		await page.setViewportSize({ width: 320, height: 800 });
		for (const path of ['/', '/processer/trygg-storgatan', '/kvitto', '/tillganglighet']) {
			await visit(page, path);
			expect(await page.locator('header .brand').textContent()).toContain('Solbacka kommun');
			expect(await page.locator('header').textContent()).not.toContain('Medskapa');
			const footer = page.locator('footer');
			expect(await footer.getByRole('link', { name: '0123-45 67 00' }).getAttribute('href')).toBe('tel:0123456700');
			expect(await footer.getByRole('link', { name: 'kontakt@solbacka.example' }).getAttribute('href')).toBe(
				'mailto:kontakt@solbacka.example'
			);
			expect(await footer.textContent()).toContain('Stadshuset, Torggatan 1');
			expect(await footer.textContent()).toContain('dataskyddsombud@solbacka.example');
			expect(await footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).getAttribute('href')).toBe(
				'/tillganglighet'
			);
			expect(await footer.getByRole('link', { name: 'Personuppgifter' }).getAttribute('href')).toBe('/dataskydd');
			// The header and footer fit (a process page's own content may scroll in its regions).
			for (const part of ['header', 'footer'])
				expect(await page.locator(part).evaluate((el) => el.scrollWidth), `${part} of ${path}`).toBeLessThanOrEqual(
					320
				);
			if (path !== '/processer/trygg-storgatan')
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
		}
		// The process page shows its registration number.
		await visit(page, '/processer/trygg-storgatan');
		expect(await page.locator('main').textContent()).toMatch(/Registrerad i diariet som KS \d{4}\/123\./);
		await context.close();
	});

	it('answers /tillganglighet on both organisations with their own contact, in Digg’s structure', async () => {
		// Each organisation at its own address: a server that answers every host name (no ORIGIN), as installed.
		const server = await startServer({ plainHttp: true });
		const port = new URL(server.url).port;
		try {
			for (const [host, name, phone, email] of [
				['solbacka.localhost', 'Solbacka kommun', '0123-45 67 00', 'kontakt@solbacka.example'],
				['norrvik.localhost', 'Norrviks byalag', '0612-123 45', 'byalaget@norrvik.example']
			]) {
				const context = await newContext(browser(), `http://${host}:${port}`, false);
				const page = await context.newPage();
				expect((await page.goto('/tillganglighet'))?.status(), host).toBe(200);
				await expectAccessible(page);
				expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(name);
				expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
					expect.arrayContaining([
						'Hur tillgänglig är webbplatsen?',
						'Kända brister och vad vi gör åt dem',
						'Rapportera brister i tillgängligheten',
						'Tillsynsmyndighet',
						'Hur vi testat webbplatsen'
					])
				);
				const main = (await page.locator('main').textContent()) ?? '';
				for (const text of [phone, email, 'Myndigheten för digital förvaltning (Digg)', 'https://www.digg.se/', 'axe'])
					expect(main, host).toContain(text);
				// Every page's footer has the organisation's own phone and email.
				await page.goto('/');
				const footer = (await page.locator('footer').textContent()) ?? '';
				expect(footer).toContain(phone);
				expect(footer).toContain(email);
				await context.close();
			}
		} finally {
			await stopServer(server);
			rmSync(server.dataDir, { recursive: true, force: true });
		}
	}, 180_000);

	it('takes a report without JavaScript, gives a receipt on the page and by mail, and staff see it', async () => {
		const context = await newContext(browser(), baseURL, false);
		const page = await context.newPage();
		await visit(page, '/tillganglighet');
		await page.getByRole('button', { name: 'Skicka rapporten' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv vilken sida det gäller.',
			'Beskriv vad som inte fungerar.'
		]);
		await expectAccessible(page);

		const reporter = `tg.${Date.now()}@example.se`;
		await page.getByLabel('Vilken sida gäller det?').fill('Lämna ditt perspektiv');
		await page.getByLabel('Vad fungerar inte?').fill('Knappen går inte att nå med tangentbordet.');
		await page.getByLabel('E-postadress').fill('inte en adress');
		await page.getByRole('button', { name: 'Skicka rapporten' }).click();
		await page.waitForSelector('.error-summary');
		// What was typed is kept.
		expect(await page.getByLabel('Vad fungerar inte?').inputValue()).toBe('Knappen går inte att nå med tangentbordet.');
		await page.getByLabel('E-postadress').fill(reporter);
		await page.getByRole('button', { name: 'Skicka rapporten' }).click();
		await page.waitForURL(/kvitto=TG-/);
		const status = (await page.getByRole('status').textContent()) ?? '';
		const code = status.match(/TG-[2-9A-Z]{3}-[2-9A-Z]{4}/)?.[0];
		expect(code, status).toBeTruthy();
		await expectAccessible(page);

		const receipt = await waitForMail(mailboxFile, reporter);
		expect(receipt.text).toContain(code!);
		const toOrganisation = await waitForMail(mailboxFile, 'kontakt@solbacka.example', (m) => m.subject.includes(code!));
		expect(toOrganisation.text).toContain('Knappen går inte att nå med tangentbordet.');
		await context.close();

		const staffContext = await newContext(browser(), baseURL, false);
		const staff = await staffContext.newPage();
		await signIn(staff, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(staff, '/hantera');
		await staff.getByRole('link', { name: /rapporterade? bris(t|ter) väntar/ }).click();
		await staff.waitForURL(/\/hantera\/tillganglighet\/rapporter$/);
		await expectAccessible(staff);
		const row = staff.locator('tr', { hasText: code! });
		expect(await row.textContent()).toContain(reporter);
		await row.getByRole('button', { name: `Markera ${code} som hanterad` }).click();
		await staff.waitForURL(/klart=1/);
		expect(await staff.locator('tr', { hasText: code! }).textContent()).toContain('Hanterad');
		await staffContext.close();
	});
});

describe('the organisation admin keeps the statement (JavaScript off)', () => {
	const browser = useBrowser();

	it('starts from Medskapa’s own audit, refuses a bad date with the error summary, and publishes the saved statement', async () => {
		const context = await newContext(browser(), baseURL, false);
		const page = await context.newPage();
		await signIn(page, 'admin@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/tillganglighet');
		expect(await page.getByLabel('Hur redogörelsen tagits fram').inputValue()).toContain('axe');
		await page.getByLabel('Senast granskad (ÅÅÅÅ-MM-DD)').fill('30 november');
		await page.getByRole('button', { name: 'Spara redogörelsen' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-30.'
		]);
		await expectAccessible(page);
		await page.getByLabel('Senast granskad (ÅÅÅÅ-MM-DD)').fill('2026-12-01');
		await page.getByRole('button', { name: 'Spara redogörelsen' }).click();
		await page.waitForURL(/klart=1/);
		await visit(page, '/tillganglighet');
		expect(await page.locator('main').textContent()).toContain('Redogörelsen uppdaterades senast 1 december 2026.');
		await context.close();
	});
});

describe('the register (diarium)', () => {
	const browser = useBrowser();

	it('shows Trygg Storgatan registered, registers a dialogue with Diarieför, and exports the register as CSV', async () => {
		const context = await newContext(browser(), baseURL, false);
		const page = await context.newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan');
		const box = page.locator('section', { has: page.getByRole('heading', { name: 'Diarium', level: 2 }) });
		expect(await box.textContent()).toMatch(/KS \d{4}\/123\b/);
		// The park dialogue is registered with its key records numbered within the case.
		await visit(page, '/hantera/processer/bruksparken-for-alla');
		const park = (await box.textContent()) ?? '';
		expect(park).toMatch(/KS \d{4}\/122\b/);
		expect(park).toMatch(/KS \d{4}\/122-1/);
		expect(park).toContain('Beslut');

		await visit(page, '/hantera/processer/framtidens-fritid');
		await page.getByRole('button', { name: 'Diarieför' }).click();
		await page.waitForURL(/diariefort=/);
		expect(await page.getByRole('status').first().textContent()).toMatch(/Diariefört: KS \d{4}\/\d+/);
		await expectAccessible(page);

		await visit(page, '/hantera/diarium');
		const table = (await page.locator('table').textContent()) ?? '';
		expect(table).toContain('Trygg Storgatan');
		expect(table).toContain('Framtidens fritid');
		const csv = await page.request.get('/hantera/diarium/diarium.csv');
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toBe('Diarienummer,Handling,Typ,Dialog,Registrerad');
		expect(lines.some((l) => /^KS \d{4}\/123,/.test(l))).toBe(true);

		// The records system's endpoint wants a token or a session.
		expect((await fetch(`${baseURL}/api/v1/registrations`)).status).toBe(401);
		const api = await page.request.get('/api/v1/registrations?since=2000-01-01T00:00:00Z');
		expect(api.status()).toBe(200);
		expect(((await api.json()) as { registrations: { number: string }[] }).registrations.length).toBeGreaterThan(1);
		await context.close();
	});
});
