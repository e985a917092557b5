import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startOidcProvider, type TestOidcProvider } from '../../src/lib/server/testing/oidc-provider';
import { expectAccessible, JS_MODES, newContext, signIn, useBrowser, visit } from './support';
import { startServer, stopServer, type RunningServer } from './server';

const SECRET = 'e2e-klienthemlighet-7f3a';

/**
 * Staff sign in through the organisation's identity provider: a real OpenID Connect provider on loopback, set
 * up by the organisation admin on the staff page. A server of its own, so the sign-in page of the other
 * journeys keeps only the password form.
 */
describe('staff sign-in through the organisation identity provider', () => {
	let server: RunningServer;
	let provider: TestOidcProvider;
	beforeAll(async () => {
		server = await startServer();
		provider = await startOidcProvider({
			clientSecret: SECRET,
			redirectUris: [`${server.url}/logga-in/oidc/callback`, `${server.url}/verifiera/callback`],
			// Like a Swedish e-ID broker, it sends the identity number and name with `openid` alone, unasked.
			claims: { openid: ['sub', 'personal_identity_number', 'name'], email: ['email', 'email_verified'] },
			accounts: [
				{
					username: 'ingrid',
					password: 'bankid-1',
					claims: { sub: 'bid-ingrid', personal_identity_number: '198112289874', name: 'Ingrid Verifierasson' }
				},
				{
					username: 'olof',
					password: 'bankid-2',
					claims: { sub: 'bid-olof', personal_identity_number: '197501019876', name: 'Olof Verifierasson' }
				},
				{
					username: 'amina',
					password: 'amina-lösen',
					claims: {
						sub: 'entra-0001',
						email: 'processledare@solbacka.example',
						email_verified: true,
						name: 'Amina Berg'
					}
				},
				{
					username: 'okand',
					password: 'okand-lösen',
					claims: { sub: 'entra-0002', email: 'ny.medarbetare@solbacka.example', email_verified: true }
				}
			]
		});
	}, 60_000);
	afterAll(async () => {
		await provider?.close();
		if (server) {
			await stopServer(server);
			rmSync(server.dataDir, { recursive: true, force: true });
		}
	});
	const browser = useBrowser();

	/** At the provider's own pages: sign in, then allow Medskapa (or cancel). */
	async function atProvider(page: Page, username: string, password: string, cancel = false) {
		// Not waitForURL: with JavaScript on, the helpers' waitForURL waits for our app to hydrate, and this is not our app.
		await page.waitForSelector('#username');
		expect(page.url().startsWith(`${provider.issuer}/interaction/`)).toBe(true);
		await page.getByLabel('Username').fill(username);
		await page.getByLabel('Password').fill(password);
		await page.getByRole('button', { name: cancel ? 'Cancel' : 'Sign in' }).click();
		if (!cancel) {
			await page.waitForSelector('text=Test provider: allow');
			await page.getByRole('button', { name: 'Allow' }).click();
		}
	}

	/** A part of the page: the section under a heading. */
	const section = (page: Page, heading: string) =>
		page.locator('section', { has: page.getByRole('heading', { name: heading }) });

	describe.each(JS_MODES)('($name)', ({ javaScriptEnabled }) => {
		it('the organisation admin sets up the provider; the secret is never shown again', async () => {
			const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
			await signIn(page, 'admin@solbacka.example', 'medskapa-demo');
			await page.getByRole('link', { name: 'Inloggning med organisationens konto' }).click();
			await page.waitForURL(/\/hantera\/inloggning$/);
			await expectAccessible(page);
			expect(await page.locator('code').first().textContent()).toBe(`${server.url}/logga-in/oidc/callback`);
			const form = section(page, 'Personalens inloggning');

			// A typing error in the address is found when saving, and what was typed stays (but not the secret).
			await form.getByLabel('Namn på knappen').fill('Solbacka kommuns konto');
			await form.getByLabel('Utfärdarens adress (issuer)').fill(`${provider.issuer}/fel`);
			await form.getByLabel('Klient-id').fill(provider.client.clientId);
			await form.getByLabel('Klienthemlighet (frivilligt)').fill(SECRET);
			await form.getByRole('button', { name: 'Spara inloggningen' }).click();
			await page.waitForSelector('.error-summary');
			expect(await page.locator('.error-summary').textContent()).toContain(
				'Medskapa hittade inga OpenID Connect-inställningar på den adressen.'
			);
			expect(await page.title()).toMatch(/^Fel:/);
			expect(await form.getByLabel('Klient-id').inputValue()).toBe(provider.client.clientId);
			expect(await page.content()).not.toContain(SECRET);
			await expectAccessible(page);

			await form.getByLabel('Utfärdarens adress (issuer)').fill(provider.issuer);
			await form.getByLabel('Klienthemlighet (frivilligt)').fill(SECRET);
			await form.getByRole('button', { name: 'Spara inloggningen' }).click();
			await page.waitForSelector('text=Inloggningen är sparad.');
			expect(await form.getByText('En hemlighet är inställd.').count()).toBe(1);
			expect(await page.content()).not.toContain(SECRET);
			await expectAccessible(page);
		});

		it('a staff member signs in at the provider and lands where they were going', async () => {
			const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
			await page.goto('/hantera/logg');
			await page.waitForURL(/\/logga-in\?next=/);
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Logga in med Solbacka kommuns konto' }).click();
			await atProvider(page, 'amina', 'amina-lösen');
			await page.waitForURL(`${server.url}/hantera/logg`);
			expect(await page.getByText('Inloggad som Amina Berg').count()).toBe(1);
			await expectAccessible(page);
			// The audit log says how she signed in; nothing of the provider's answer is in it.
			expect(await page.getByRole('cell', { name: 'Loggade in' }).count()).toBeGreaterThan(0);
			// A facilitator does not decide how people sign in: only the organisation admin does.
			expect((await page.goto('/hantera/inloggning'))?.status()).toBe(403);
		});

		it('a person with no account in the organisation is told whom to ask, and is not signed in', async () => {
			const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
			await visit(page, '/logga-in');
			await page.getByRole('link', { name: 'Logga in med Solbacka kommuns konto' }).click();
			await atProvider(page, 'okand', 'okand-lösen');
			await page.waitForURL(/\/logga-in\?oidc=unknown$/);
			expect(await page.getByRole('alert').textContent()).toContain(
				'Du loggade in med Solbacka kommuns konto, men det kontot finns inte i Medskapa för Solbacka kommun. Be organisationens administratör att lägga till dig.'
			);
			expect(await page.title()).toMatch(/^Fel:/);
			await expectAccessible(page);
			expect((await page.goto('/hantera'))?.url()).toMatch(/\/logga-in\?next=%2Fhantera$/);
		});

		it('cancelling at the provider brings the person back with a way forward', async () => {
			const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
			await page.goto('/logga-in');
			await page.getByRole('link', { name: 'Logga in med Solbacka kommuns konto' }).click();
			await atProvider(page, 'amina', 'amina-lösen', true);
			await page.waitForURL(/\/logga-in\?oidc=cancelled$/);
			expect(await page.getByRole('alert').textContent()).toContain('Inloggningen med Solbacka kommuns konto avbröts.');
			await expectAccessible(page);
		});
	});

	describe('one person, one vote: residents verify through the e-ID broker', () => {
		const LILLBY = 'leva-tillsammans-i-lillby';

		it('the admin sets up the broker and the facilitator requires a verified identity to vote', async () => {
			const page = await (await newContext(browser(), server.url, true)).newPage();
			await signIn(page, 'admin@solbacka.example', 'medskapa-demo');
			await page.goto('/hantera/inloggning');
			const form = section(page, 'E-legitimation för invånare');
			expect(await form.locator('code').textContent()).toBe(`${server.url}/verifiera/callback`);
			await form.getByLabel('Namn på knappen').fill('BankID');
			await form.getByLabel('Utfärdarens adress (issuer)').fill(provider.issuer);
			await form.getByLabel('Klient-id').fill(provider.client.clientId);
			await form.getByLabel('Klienthemlighet (frivilligt)').fill(SECRET);
			await form.getByRole('button', { name: 'Spara inloggningen' }).click();
			await page.waitForSelector('text=Inloggningen är sparad.');
			await expectAccessible(page);

			await page.goto(`/hantera/processer/${LILLBY}/pastaenden`);
			await page.getByRole('button', { name: 'Kräv verifierad identitet för att rösta' }).click();
			await page.waitForSelector('text=Röstningen kräver nu verifierad identitet.');
			expect(await page.getByText('Röstningen kräver verifierad identitet (BankID).').count()).toBe(1);
			await expectAccessible(page);
		});

		describe.each(JS_MODES)('($name)', ({ javaScriptEnabled }) => {
			const who = javaScriptEnabled
				? { username: 'ingrid', password: 'bankid-1' }
				: { username: 'olof', password: 'bankid-2' };

			/** In a fresh browser: verify at the broker from the statements page. */
			async function verifiedResident() {
				const page = await (await newContext(browser(), server.url, javaScriptEnabled)).newPage();
				await visit(page, `/processer/${LILLBY}/pastaenden`);
				expect(await page.getByRole('heading', { name: 'Visa vem du är för att rösta' }).count()).toBe(1);
				expect(await page.getByRole('button', { name: 'Håller med' }).count()).toBe(0);
				await page.getByRole('link', { name: 'Verifiera dig med BankID' }).click();
				await atProvider(page, who.username, who.password);
				await page.waitForURL(new RegExp(`/processer/${LILLBY}/pastaenden\\?verifiering=ok$`));
				expect(await page.getByText('Du har visat vem du är.').count()).toBe(1);
				await expectAccessible(page);
				return page;
			}

			it('a verified resident votes, and voting again from another browser counts once', async () => {
				const first = await verifiedResident();
				expect(await first.getByTestId('progress').textContent()).toMatch(
					/^Du har tagit ställning till 0 av \d+ påståenden\.$/
				);
				await first.getByRole('button', { name: 'Håller med' }).first().click();
				await first.waitForURL(/\?forra=/);
				expect(await first.getByTestId('progress').textContent()).toMatch(/till 1 av/);

				// The same person on another device is the same participant: their vote is already there.
				const second = await verifiedResident();
				expect(await second.getByTestId('progress').textContent()).toMatch(/till 1 av/);

				// Without a verification, the API refuses a vote too.
				const refused = await fetch(`${server.url}/api/v1/processes/${LILLBY}/votes`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ statementId: '00000000-0000-4000-8000-000000000000', vote: 'agree' })
				});
				expect(refused.status).toBe(403);
				expect((await refused.json()).error.code).toBe('verification_required');
			});
		});
	});
});
