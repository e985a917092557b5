import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { totpCode } from '../../src/lib/server/auth/totp';
import { startServer, stopServer, type RunningServer } from './server';
import { expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const PASSWORD = 'medskapa-demo';

/** A page whose browser has a passkey-capable authenticator of its own (Chrome's virtual authenticator). */
async function pageWithAuthenticator(browser: Browser, baseURL: string): Promise<Page> {
	const page = await (await newContext(browser, baseURL, true)).newPage();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			automaticPresenceSimulation: true
		}
	});
	return page;
}

async function addPasskey(page: Page, name: string) {
	await visit(page, '/hantera/konto');
	await page.getByLabel('Namn på den nya nyckeln').fill(name);
	await page.getByRole('button', { name: 'Lägg till nyckel' }).click();
	await page.getByRole('status').filter({ hasText: 'Nyckeln är tillagd.' }).waitFor();
	await page.getByRole('row', { name: new RegExp(`^${name}`) }).waitFor();
}

async function signOut(page: Page) {
	await page.getByRole('button', { name: 'Logga ut' }).click();
	await page.waitForURL((url) => url.pathname === '/');
}

async function signInWithPasskey(page: Page) {
	await page.goto('/logga-in');
	await page.getByRole('button', { name: 'Logga in med nyckel (passkey)' }).click();
	await page.waitForURL(/\/hantera$/);
}

/** WebAuthn needs a domain (an IP address is no rp ID), so this server is reached as localhost. */
describe('passkeys (JavaScript on, a virtual authenticator)', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({ host: 'localhost' });
	}, 90_000);
	afterAll(async () => {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	});
	const browser = useBrowser();

	it('a facilitator adds a named passkey, signs out, signs in with it, and removes it', async () => {
		const page = await pageWithAuthenticator(browser(), server.url);
		await signIn(page, 'processledare@solbacka.example', PASSWORD);
		await page.getByRole('link', { name: 'Mitt konto' }).click();
		await page.waitForURL(/\/hantera\/konto$/);
		expect(await page.locator('main').textContent()).toContain('Du har inga nycklar ännu.');

		// A name is needed.
		await page.getByRole('button', { name: 'Lägg till nyckel' }).click();
		expect(await page.locator('#passkey-name-error').textContent()).toContain(
			'Skriv ett namn på nyckeln, högst 60 tecken.'
		);

		await addPasskey(page, 'Jobbdatorn');
		expect(await page.getByRole('row', { name: /^Jobbdatorn/ }).textContent()).toContain('Aldrig');
		await expectAccessible(page);

		await signOut(page);
		await signInWithPasskey(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hantera dialoger');
		await visit(page, '/hantera/konto');
		expect(await page.getByRole('row', { name: /^Jobbdatorn/ }).textContent()).not.toContain('Aldrig');

		await page.getByRole('button', { name: 'Ta bort nyckeln Jobbdatorn' }).click();
		await page.getByRole('status').filter({ hasText: 'Nyckeln är borttagen.' }).waitFor();
		expect(await page.locator('main').textContent()).toContain('Du har inga nycklar ännu.');

		// The authenticator still holds the key, but the server no longer knows it.
		await signOut(page);
		await page.goto('/logga-in');
		await page.getByRole('button', { name: 'Logga in med nyckel (passkey)' }).click();
		await page.getByRole('alert').filter({ hasText: 'Det gick inte att använda nyckeln.' }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/logga-in');
		await expectAccessible(page);
	});

	it('an organisation admin with a passkey signs in without the second step: the passkey is two factors', async () => {
		const page = await pageWithAuthenticator(browser(), server.url);
		await signIn(page, 'admin@solbacka.example', PASSWORD);
		await addPasskey(page, 'Telefonen');
		await signOut(page);
		await signInWithPasskey(page);
		await visit(page, '/hantera/logg');
		expect(await page.locator('main').textContent()).toContain('Lade till en nyckel (passkey)');
	});
});

describe('without JavaScript', () => {
	const baseURL = inject('baseURL');
	const browser = useBrowser();

	it('the sign-in page says passkeys need JavaScript and offers the other ways', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(page, '/logga-in');
		expect(await page.locator('main').textContent()).toContain('Nycklar (passkeys) behöver JavaScript i webbläsaren.');
		expect(await page.getByRole('button', { name: 'Logga in med nyckel (passkey)' }).count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Skicka länk' }).count()).toBe(1);
	});

	it('an official sets up an authenticator app on the account page, gets ten recovery codes once, and is asked for a code next time', async () => {
		// On a server of its own: afterwards this official signs in in two steps.
		const own = await startServer();
		const page = await (await newContext(browser(), own.url, false)).newPage();
		await signIn(page, 'tjansteperson@solbacka.example', PASSWORD);
		await visit(page, '/hantera/konto');
		expect(await page.locator('main').textContent()).toContain('Nycklar (passkeys) behöver JavaScript');
		const secret = (await page.locator('.totp-secret code').textContent())!;
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(await page.locator('.totp-secret a').getAttribute('href')).toContain(`secret=${secret}`);

		await page.getByLabel('Kod från appen').fill('000000' === totpCode(secret, new Date()) ? '111111' : '000000');
		await page.getByRole('button', { name: 'Bekräfta' }).click();
		await page.waitForSelector('.error-summary');
		await expectAccessible(page);

		await page.getByLabel('Kod från appen').fill(totpCode(secret, new Date()));
		await page.getByRole('button', { name: 'Bekräfta' }).click();
		await page.locator('.recovery-codes').waitFor();
		const codes = (await page.locator('.recovery-codes li').allTextContents()).map((c) => c.trim());
		expect(codes).toHaveLength(10);
		await expectAccessible(page);
		await visit(page, '/hantera/konto');
		expect(await page.locator('main').textContent()).toContain('Du har 10 oanvända reservkoder.');
		expect(await page.locator('.recovery-codes').count()).toBe(0);

		await page.getByRole('button', { name: 'Logga ut' }).click();
		await page.goto('/logga-in');
		await page.getByLabel('E-postadress', { exact: true }).fill('tjansteperson@solbacka.example');
		await page.getByLabel('Lösenord').fill(PASSWORD);
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		await page.waitForURL(/\/logga-in\/tvastegs$/);
		// A recovery code gets them in once.
		await page.getByLabel('Kod', { exact: true }).fill(codes[0]);
		await page.getByRole('button', { name: 'Fortsätt' }).click();
		await page.waitForURL(/\/hantera$/);
		await stopServer(own);
		rmSync(own.dataDir, { recursive: true, force: true });
	}, 120_000);
});
