import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp } from '../../src/lib/server/app';
import { hashPassword } from '../../src/lib/server/auth/password';
import { totpCode } from '../../src/lib/server/auth/totp';
import { readConfig } from '../../src/lib/server/config';
import { memberships, organisations, users } from '../../src/lib/server/db/schema/index';
import { decodeBody, readMailbox } from './mailbox';
import { seededDataDir, startServer, stopServer, type RunningServer } from './server';
import { expectAccessible, JS_MODES, newContext, passSecondStep, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');
const FACILITATOR = 'processledare@solbacka.example';
const ADMIN = 'admin@solbacka.example';
const SENT = 'Om adressen hör till ett konto här har vi skickat en länk. Den gäller i 15 minuter.';

const mailsTo = (to: string) => readMailbox(mailboxFile).filter((m) => m.to.includes(to));

/** The sign-in link in the next mail to the address (after `seen` earlier ones). */
async function nextLink(to: string, seen: number): Promise<string> {
	for (let i = 0; i < 100; i++) {
		const mails = mailsTo(to);
		if (mails.length > seen)
			return decodeBody(mails[seen].raw).match(/https?:\/\/\S+\/logga-in\/lank\/[A-Za-z0-9_-]{43}/)![0];
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no mail to ${to}`);
}

async function askForLink(page: Page, email: string) {
	await page.goto('/logga-in');
	await page.getByLabel('E-post för länken').fill(email);
	await page.getByRole('button', { name: 'Skicka länk' }).click();
	await page.getByRole('status').waitFor();
	expect(await page.getByRole('status').textContent()).toBe(SENT);
}

describe.each(JS_MODES)('staff sign-in ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('a sign-in link by email: the same answer for anyone, opening it changes nothing, the button signs in once', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/logga-in');

		// An address without an account gets the same answer, and no mail.
		await askForLink(page, `ingen-${javaScriptEnabled}@solbacka.example`);
		await expectAccessible(page);

		const seen = mailsTo(FACILITATOR).length;
		await askForLink(page, FACILITATOR);
		const link = await nextLink(FACILITATOR, seen);
		expect(link.startsWith(`${baseURL}/logga-in/lank/`)).toBe(true);

		// Opening the link (as a mail scanner would) only shows the button.
		await visit(page, link);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in med länken');
		await visit(page, link);
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		await page.waitForURL(/\/hantera$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hantera dialoger');

		// Used once, it no longer works, and says how to get a new one.
		const other = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(other, link);
		expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte längre');
		await other.getByRole('link', { name: 'Be om en ny länk på inloggningssidan' }).click();
		await other.waitForURL(/\/logga-in$/);
	});

	it('a mistyped address is pointed out and kept', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await page.goto('/logga-in');
		await page.getByLabel('E-post för länken').fill('processledare.solbacka.example');
		await page.getByRole('button', { name: 'Skicka länk' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv en e-postadress som innehåller @, till exempel namn@exempel.se.'
		]);
		expect(await page.getByLabel('E-post för länken').inputValue()).toBe('processledare.solbacka.example');
		expect(await page.title()).toMatch(/^Fel: /);
		await expectAccessible(page);
	});

	it('an organisation admin signing in with a link owes a code from the app: no session before it, a wrong code is refused', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		const seen = mailsTo(ADMIN).length;
		await askForLink(page, ADMIN);
		await page.goto(await nextLink(ADMIN, seen));
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		await page.waitForURL(/\/logga-in\/tvastegs$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tvåstegsverifiering');
		await expectAccessible(page);

		// Without the second step there is no session.
		await page.goto('/hantera');
		await page.waitForURL(/\/logga-in\?next=/);
		await page.goto('/logga-in/tvastegs');
		await page.getByLabel('Kod', { exact: true }).fill('12345');
		await page.getByRole('button', { name: 'Fortsätt' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Koden stämmer inte. Skriv de sex siffror som appen visar just nu, eller en reservkod.'
		]);
		await expectAccessible(page);

		await passSecondStep(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hantera dialoger');
		await visit(page, '/hantera/logg');
		expect(await page.locator('main').textContent()).toContain('Fel kod i tvåstegsverifieringen');
	});

	it('the second-step page without a pending sign-in says to start again', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/logga-in/tvastegs');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggningen har gått ut');
	});
});

/** A second admin who has never set up an app: prepared in the database before a server of its own starts. */
describe('a new organisation admin sets up the authenticator app at the first sign-in (JavaScript off)', () => {
	const NEW_ADMIN = 'ny-admin@solbacka.example';
	let server: RunningServer;
	beforeAll(async () => {
		const dataDir = seededDataDir() ?? mkdtempSync(join(tmpdir(), 'medskapa-e2e-'));
		const prepared = await openApp(
			readConfig({ ...process.env, MEDSKAPA_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' }),
			{ seed: true }
		);
		const [org] = await prepared.database.db.select().from(organisations);
		const id = randomUUID();
		await prepared.database.db.insert(users).values({
			id,
			email: NEW_ADMIN,
			name: 'Nora Ny',
			passwordHash: await hashPassword('nytt-losenord-1'),
			createdAt: new Date()
		});
		await prepared.database.db.insert(memberships).values({ userId: id, organisationId: org.id, role: 'admin' });
		await prepared.database.close();
		server = await startServer({ dataDir });
	}, 120_000);
	afterAll(async () => {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	});
	const browser = useBrowser();

	it('is shown the secret and the app address, confirms one code, and gets the recovery codes once', async () => {
		const page = await (await newContext(browser(), server.url, false)).newPage();
		await page.goto('/logga-in');
		await page.getByLabel('E-postadress', { exact: true }).fill(NEW_ADMIN);
		await page.getByLabel('Lösenord').fill('nytt-losenord-1');
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
		await page.waitForURL(/\/logga-in\/tvastegs$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ställ in tvåstegsverifiering');
		await expectAccessible(page);
		const secret = (await page.locator('.totp-secret code').textContent())!;
		expect(await page.locator('.totp-secret a').getAttribute('href')).toMatch(
			new RegExp(`^otpauth://totp/.*secret=${secret}`)
		);

		await page.getByLabel('Kod från appen').fill(totpCode(secret, new Date(Date.now() + 5 * 60_000)));
		await page.getByRole('button', { name: 'Bekräfta' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Koden stämmer inte. Skriv de sex siffror som appen visar just nu, eller en reservkod.'
		]);

		await page.getByLabel('Kod från appen').fill(totpCode(secret, new Date()));
		await page.getByRole('button', { name: 'Bekräfta' }).click();
		await page.locator('.recovery-codes').waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Spara dina reservkoder');
		expect(await page.locator('.recovery-codes li').count()).toBe(10);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Jag har sparat koderna – fortsätt' }).click();
		await page.waitForURL(/\/hantera$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hantera dialoger');
	});
});
