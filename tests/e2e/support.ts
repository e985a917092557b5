/**
 * Browser helpers for the journeys: Debian's Chromium through playwright-core, axe-core on every page.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { totpCode } from '../../src/lib/server/auth/totp';
import { DEMO_ADMIN_TOTP_SECRET } from '../../src/lib/server/seed/demo';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session-token';
import { launchChromium } from './chromium';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	const browser = await launchChromium();
	return {
		browser,
		close: () => browser.close()
	};
}

/**
 * The worker's Chromium for a describe block: `const browser = useBrowser();`, then `browser()` inside the tests.
 * Every worker has one Chromium (started by the global setup); a block connects to it, and its contexts close
 * when the block ends. Each context starts empty, as a fresh profile would.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.connect(inject('browserEndpoint'));
	});
	afterAll(async () => browser?.close());
	return () => browser!;
}

export const JS_MODES = [
	{ name: 'JavaScript on', javaScriptEnabled: true },
	{ name: 'JavaScript off', javaScriptEnabled: false }
] as const;

/**
 * Participant pages ship no JavaScript (`csr = false`; page-weight.e2e.ts checks that they load none), so a
 * browser gets the same page whether JavaScript is on or off: journeys that only visit participant pages run
 * once, with JavaScript off. Journeys that also visit staff pages (which hydrate) run in both modes.
 */
export const PARTICIPANT_MODES = [JS_MODES[1]] as const;

/**
 * Staff pages hydrate, but their forms are plain posts (no `use:enhance`), the same with JavaScript on and off;
 * what JavaScript changes there is navigation between pages and the few live parts. So a staff journey runs in
 * both modes only where a person would notice a difference (the live harvest, sign-in with passkeys or links,
 * decisions and statements); the others run in one mode each, about half with JavaScript on and half off.
 */
export const JS_ON_ONLY = [JS_MODES[0]] as const;
export const JS_OFF_ONLY = [JS_MODES[1]] as const;

const jsOffContexts = new WeakSet<BrowserContext>();
const contextBaseURL = new WeakMap<BrowserContext, string>();

export async function newContext(
	browser: Browser,
	baseURL: string,
	javaScriptEnabled: boolean
): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: 'sv-SE' });
	contextBaseURL.set(context, baseURL);
	if (!javaScriptEnabled) jsOffContexts.add(context);
	else {
		const newPage = context.newPage.bind(context);
		context.newPage = async () => waitForHydrationAfterLoads(await newPage());
	}
	return context;
}

/**
 * With JavaScript on, typing into a page before Svelte has hydrated it can be undone by hydration. After every
 * full page load the journeys wait until the root layout has mounted (it marks `<html data-hydrated>`).
 * Participant pages do not load the app's client code (`csr = false`): there is nothing to wait for.
 */
const HYDRATED = 'html[data-hydrated], html:not(:has(link[rel="modulepreload"]))';

function waitForHydrationAfterLoads(page: Page): Page {
	const hydrated = () => page.waitForSelector(HYDRATED, { state: 'attached' }).then(() => undefined);
	const goto = page.goto.bind(page);
	page.goto = async (...args) => {
		const response = await goto(...args);
		if (response?.headers()['content-type']?.startsWith('text/html')) await hydrated();
		return response;
	};
	const waitForURL = page.waitForURL.bind(page);
	page.waitForURL = async (...args) => {
		await waitForURL(...args);
		await hydrated();
	};
	return page;
}

/**
 * With JavaScript off, axe cannot run in the page itself. The exact server-rendered HTML (scripts removed, so
 * nothing changes the DOM) is written into a helper page on the same origin, with JavaScript, where axe was
 * loaded once: `document.open()` keeps the window (and axe) while replacing the document, and the page's
 * stylesheets load from the server as they would for the visitor. One helper page per server and browser.
 */
const axeHelpers = new WeakMap<Browser, Map<string, Promise<Page>>>();

async function openAxeHelper(browser: Browser, origin: string): Promise<Page> {
	const helper = await (await browser.newContext({ bypassCSP: true })).newPage();
	const blank = `${origin}/__axe-helper__`;
	await helper.route(blank, (route) =>
		route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>axe</title>' })
	);
	await helper.goto(blank);
	return helper;
}

async function axeHelperFor(page: Page): Promise<Page> {
	const browser = page.context().browser()!;
	const origin = new URL(page.url()).origin;
	if (!axeHelpers.has(browser)) axeHelpers.set(browser, new Map());
	const helpers = axeHelpers.get(browser)!;
	if (!helpers.has(origin)) helpers.set(origin, openAxeHelper(browser, origin));
	const helper = await helpers.get(origin)!;
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	await helper.evaluate(
		async ({ html, url }) => {
			history.replaceState(null, '', url);
			document.open();
			document.write(html);
			document.close();
			const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
			await Promise.all(
				sheets.map((link) =>
					link.sheet
						? undefined
						: new Promise((done) => {
								link.addEventListener('load', done);
								link.addEventListener('error', done);
							})
				)
			);
			await document.fonts.ready;
		},
		{ html, url: page.url() }
	);
	return helper;
}

/** Runs axe-core (WCAG 2.x A/AA and best practice) on the page; fails with the rule ids and targets. */
export async function expectAccessible(page: Page): Promise<void> {
	const target = jsOffContexts.has(page.context()) ? await axeHelperFor(page) : page;
	// Loaded once per document: a JavaScript-on page after each navigation, the helper page once.
	if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
	const violations = await target.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			// Details of what passed are not needed, and leaving them out halves the time of a run.
			resultTypes: ['violations']
		});
		return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
	expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Go to a page and check it: no 5xx, and zero axe violations. */
export async function visit(page: Page, path: string): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), `status of ${path}`).toBeLessThan(500);
	await expectAccessible(page);
}

/**
 * Signs in with email and password. The demo admin owes a second step: the helper types the code the demo
 * authenticator secret gives now (a code works once, so a second admin sign-in in the same 30 seconds waits
 * for the next one).
 *
 * Sign-in state is shared where that is honest: the first sign-in of a person on a server goes through the
 * form (and the second step), and later journeys on that server reuse the session it gave, as a browser that
 * stayed signed in would. A session that has ended (signed out, expired) is noticed and the form used again.
 * `fresh: true` always uses the form, for journeys about signing in itself.
 */
export async function signIn(
	page: Page,
	email: string,
	password: string,
	options: { fresh?: boolean } = {}
): Promise<void> {
	const baseURL = contextBaseURL.get(page.context());
	const saved = baseURL ? sessionFile(baseURL, email) : undefined;
	if (saved && !options.fresh && existsSync(saved)) {
		await page.context().addCookies(JSON.parse(readFileSync(saved, 'utf8')));
		await page.goto('/hantera');
		if (!new URL(page.url()).pathname.startsWith('/logga-in')) return;
		await page.context().clearCookies({ name: SESSION_COOKIE });
	}
	await page.goto('/logga-in');
	// With JavaScript on, the page loads more code after hydrating (the passkey button); typing before that has
	// settled was sometimes lost on a busy machine. Wait for the network to be quiet, and check what was typed.
	if (!jsOffContexts.has(page.context())) await page.waitForLoadState('networkidle');
	const emailField = page.getByLabel('E-postadress', { exact: true });
	await emailField.fill(email);
	await page.getByLabel('Lösenord').fill(password);
	if ((await emailField.inputValue()) !== email) await emailField.fill(email);
	await page.getByRole('button', { name: 'Logga in', exact: true }).click();
	await page.waitForURL(/\/(hantera|logga-in\/tvastegs)/).catch(async (error: Error) => {
		// Say what the page said (a refusal, a limit) rather than only that it did not move on.
		const said = (
			await page
				.locator('main')
				.textContent()
				.catch(() => '')
		)
			?.replace(/\s+/g, ' ')
			.slice(0, 400);
		throw new Error(`Signing in as ${email} did not get past ${page.url()}: "${said}"\n${error.message}`);
	});
	if (new URL(page.url()).pathname === '/logga-in/tvastegs') await passSecondStep(page, email);
	if (saved) {
		const session = (await page.context().cookies()).filter((c) => c.name === SESSION_COOKIE);
		if (session.length) writeFileSync(saved, JSON.stringify(session));
	}
}

/** Where the session of `email` on the server at `baseURL` is kept for later journeys of this run. */
const sessionFile = (baseURL: string, email: string) =>
	join(
		tmpdir(),
		`medskapa-e2e-session-${process.getuid?.() ?? 0}-${`${new URL(baseURL).host}|${email}`.replace(/[^\w.@-]+/g, '_')}.json`
	);

/**
 * The last 30-second step whose code a journey used, per server (its host and port) and person: test files run
 * in separate workers, each worker's server sees several files, and a server refuses a person's code used
 * before. Kept in files all of them share; servers on other ports do not wait for each other.
 */
const lastStepFile = (who: string) =>
	join(tmpdir(), `medskapa-e2e-totp-${process.getuid?.() ?? 0}-${who.replace(/[^\w.@-]+/g, '_')}`);

/** The demo authenticator's code for a step not yet used by `who` (server and person; waits for the next step if need be). */
export async function freshDemoCode(who: string): Promise<string> {
	const file = lastStepFile(who);
	const last = existsSync(file) ? Number(readFileSync(file, 'utf8')) || 0 : 0;
	let step = Math.floor(Date.now() / 30_000);
	if (step <= last) {
		await new Promise((r) => setTimeout(r, (last + 1) * 30_000 - Date.now() + 200));
		step = last + 1;
	}
	writeFileSync(file, String(step));
	return totpCode(DEMO_ADMIN_TOTP_SECRET, new Date(step * 30_000 + 1000));
}

/** On the second-factor page: types the demo admin's current code (never one `email` already used there). */
export async function passSecondStep(page: Page, email = 'admin@solbacka.example'): Promise<void> {
	await page.getByLabel('Kod', { exact: true }).fill(await freshDemoCode(`${new URL(page.url()).host}|${email}`));
	await page.getByRole('button', { name: 'Fortsätt' }).click();
	await page.waitForURL(/\/(hantera|plattform)/);
}

/** A download's bytes. The worker's Chromium is connected remotely, so the file is saved here first. */
export async function downloadedBytes(file: Download): Promise<Buffer> {
	const path = join(mkdtempSync(join(tmpdir(), 'medskapa-download-')), 'file');
	await file.saveAs(path);
	return readFileSync(path);
}
