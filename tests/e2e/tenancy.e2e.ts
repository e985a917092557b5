/**
 * Organisations on one installation, as their people use them: the organisation admin sets the colour
 * and logo and decides who works in which role; a facilitator runs only the dialogues they are assigned;
 * the platform admin creates a new organisation, which then answers on its own address.
 */
import { rmSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, stopServer, type RunningServer } from './server';
import { expectAccessible, JS_ON_ONLY, newContext, passSecondStep, signIn, useBrowser, visit } from './support';

let server: RunningServer;
let port: number;
const at = (host: string) => `http://${host}:${port}`;

beforeAll(async () => {
	server = await startServer({ plainHttp: true });
	port = Number(new URL(server.url).port);
}, 120_000);

afterAll(async () => {
	if (server) {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	}
});

/** A real 2×2 PNG (signature, IHDR, IDAT, IEND with their CRCs). */
function tinyPng(): Buffer {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (buf: Buffer) => {
		let c = 0xffffffff;
		for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc(body), 8 + data.length);
		return out;
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(2, 0);
	ihdr.writeUInt32BE(2, 4);
	ihdr[8] = 8;
	ihdr[9] = 2;
	const rows = Buffer.from([0, 122, 31, 92, 122, 31, 92, 0, 122, 31, 92, 122, 31, 92]);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const headerColour = (page: Page) =>
	page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);

describe.each(JS_ON_ONLY)('organisations on one installation ($name)', ({ name, javaScriptEnabled }) => {
	const browser = useBrowser();
	const mode = javaScriptEnabled ? 'on' : 'off';

	it('the organisation admin gives Solbacka its colour and logo; Norrvik keeps its own look', async () => {
		const context = await newContext(browser(), at('solbacka.localhost'), javaScriptEnabled);
		const page = await context.newPage();
		await signIn(page, 'admin@solbacka.example', 'medskapa-demo');
		await page.getByRole('link', { name: 'Organisationens inställningar' }).click();
		await page.waitForURL(/\/hantera\/organisation$/);
		await expectAccessible(page);

		// Sunny yellow behind white text cannot be read: refused, with the ratio, and what was typed stays.
		await page.getByLabel('Organisationens färg').fill('#ffd700');
		await page.getByRole('button', { name: 'Spara inställningarna' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('kontrasten 1,4:1');
		expect(await page.getByLabel('Organisationens färg').inputValue()).toBe('#ffd700');
		await expectAccessible(page);

		await page.getByLabel('Organisationens färg').fill('#7A1F5C');
		await page.getByRole('button', { name: 'Spara inställningarna' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Inställningarna är sparade');
		// The header is a darker shade of the colour (30 % towards black): rgb(85, 22, 64).
		await page.goto('/');
		expect(await headerColour(page)).toBe('rgb(85, 22, 64)');

		await page.goto('/hantera/organisation');
		await page.getByLabel('Logotyp (PNG eller JPEG)').setInputFiles({
			name: 'logga.svg',
			mimeType: 'image/svg+xml',
			buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
		});
		await page.getByRole('button', { name: 'Ladda upp logotypen' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('PNG- eller JPEG-bild');
		await page
			.getByLabel('Logotyp (PNG eller JPEG)')
			.setInputFiles({ name: 'logga.png', mimeType: 'image/png', buffer: tinyPng() });
		await page.getByRole('button', { name: 'Ladda upp logotypen' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Logotypen är uppladdad');
		await visit(page, '/');
		const logo = page.locator('header img.brand-logo');
		expect(await logo.count()).toBe(1);
		expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(2);

		// Norrvik, on the same installation, has its own green and no logo.
		const norrvik = await newContext(browser(), at('norrvik.localhost'), javaScriptEnabled);
		const visitor = await norrvik.newPage();
		await visit(visitor, '/');
		expect(await headerColour(visitor)).toBe('rgb(22, 67, 41)');
		expect(await visitor.locator('header img').count()).toBe(0);
		expect(await visitor.locator('.brand').textContent()).toContain('Norrviks byalag');
		await norrvik.close();
		await context.close();
	});

	it('the admin adds an elected member, and takes a dialogue away from the facilitator, who can then only read it', async () => {
		const context = await newContext(browser(), at('solbacka.localhost'), javaScriptEnabled);
		const page = await context.newPage();
		await signIn(page, 'admin@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/personal');

		await page.getByLabel('Namn').fill(`Per Politiker ${mode}`);
		await page.getByLabel('E-postadress').fill('inte-en-adress');
		await page.getByRole('button', { name: 'Lägg till personen' }).click();
		const summary = await page.getByRole('alert').textContent();
		expect(summary).toContain('Välj en roll');
		expect(await page.getByLabel('Namn').inputValue()).toBe(`Per Politiker ${mode}`);
		await expectAccessible(page);
		await page.getByLabel('E-postadress').fill(`per.${mode}@solbacka.example`);
		await page.getByLabel('Förtroendevald').check();
		await page.getByRole('button', { name: 'Lägg till personen' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Personen är tillagd');
		expect(await page.getByRole('row', { name: new RegExp(`Per Politiker ${mode}`) }).textContent()).toContain(
			'Förtroendevald'
		);

		// Amina Berg (facilitator) no longer runs Trygg Storgatan.
		await page.getByRole('link', { name: 'Amina Berg' }).click();
		await expectAccessible(page);
		await page.getByLabel('Trygg Storgatan').uncheck();
		await page.getByRole('button', { name: 'Spara', exact: true }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Ändringen är sparad');
		expect(await page.getByRole('row', { name: /Amina Berg/ }).textContent()).not.toContain('Trygg Storgatan');

		const facilitatorContext = await newContext(browser(), at('solbacka.localhost'), javaScriptEnabled);
		const facilitator = await facilitatorContext.newPage();
		await signIn(facilitator, 'processledare@solbacka.example', 'medskapa-demo');
		// She can still read the process, as an official would, but not change it…
		expect((await facilitator.goto('/hantera/processer/trygg-storgatan'))?.status()).toBe(200);
		expect((await facilitator.goto('/hantera/processer/trygg-storgatan/redigera'))?.status()).toBe(403);
		// …and still runs the others.
		expect((await facilitator.goto('/hantera/processer/bruksparken-for-alla/redigera'))?.status()).toBe(200);
		await facilitatorContext.close();

		// Give it back, so the other journeys find the demo as it was.
		await page.goto('/hantera/personal');
		await page.getByRole('link', { name: 'Amina Berg' }).click();
		await page.getByLabel('Trygg Storgatan').check();
		await page.getByRole('button', { name: 'Spara', exact: true }).click();
		await page.waitForURL(/klart=andrad/);
		await context.close();
	});

	it(`the platform admin creates an organisation, which answers on its own address (${name})`, async () => {
		const context = await newContext(browser(), at('solbacka.localhost'), javaScriptEnabled);
		const page = await context.newPage();
		await page.goto('/logga-in');
		await page.getByLabel('E-postadress', { exact: true }).fill('plattform@medskapa.example');
		await page.getByLabel('Lösenord').fill('medskapa-demo');
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		// The platform admin, like an organisation admin, signs in with a second factor.
		await page.waitForURL(/\/logga-in\/tvastegs/);
		await passSecondStep(page, 'plattform@medskapa.example');
		await page.waitForURL(/\/plattform$/);
		await expectAccessible(page);
		// The platform admin sees the organisations, never their content.
		expect((await page.goto('/hantera'))?.url()).toMatch(/\/plattform$/);

		const host = `ostby-${mode}.localhost`;
		await page.getByLabel('Organisationens namn').fill(`Östby förening ${mode}`);
		await page.getByLabel('Kortnamn').fill(`ostby-${mode}`);
		await page.getByLabel('Webbadress').fill('norrvik.localhost');
		await page.getByLabel('Texten raderas på riktigt (förening eller annan organisation)').check();
		await page.getByLabel('Första administratörens namn').fill('Örjan Östby');
		await page.getByLabel('Första administratörens e-postadress').fill(`orjan.${mode}@ostby.example`);
		await page.getByRole('button', { name: 'Skapa organisationen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Den adressen har redan en organisation');
		await expectAccessible(page);
		await page.getByLabel('Webbadress').fill(host);
		await page.getByRole('button', { name: 'Skapa organisationen' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Organisationen är skapad');
		expect(await page.getByRole('row', { name: new RegExp(`Östby förening ${mode}`) }).textContent()).toContain(host);

		// Its addresses: a second one, after a mistake that keeps what was typed.
		await page.getByRole('link', { name: `Östby förening ${mode}` }).click();
		await page.waitForURL(new RegExp(`/plattform/ostby-${mode}$`));
		await expectAccessible(page);
		await page.getByLabel('Lägg till en adress').fill('inte en adress');
		await page.getByRole('button', { name: 'Lägg till adressen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Skriv en webbadress som dialog.norrvik.se');
		expect(await page.getByLabel('Lägg till en adress').inputValue()).toBe('inte en adress');
		await expectAccessible(page);
		await page.getByLabel('Lägg till en adress').fill(`dialog.ostby-${mode}.localhost`);
		await page.getByRole('button', { name: 'Lägg till adressen' }).click();
		await expect
			.poll(async () => page.locator('main code').allTextContents())
			.toEqual([`dialog.ostby-${mode}.localhost`, host]);

		const ostby = await newContext(browser(), at(host), javaScriptEnabled);
		const visitor = await ostby.newPage();
		await visit(visitor, '/');
		expect(await visitor.locator('.brand').textContent()).toContain(`Östby förening ${mode}`);
		expect(await visitor.content()).not.toContain('Trygg Storgatan');
		await ostby.close();
		await context.close();
	});
});
