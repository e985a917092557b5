/**
 * Page weight of the participant pages: what a browser fetches for a first load (empty cache), with the
 * JavaScript gzipped the way a server would send it. Shared by the budget journey (page-weight.e2e.ts) and
 * the benchmark (bench/page-weight.bench.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** The page is ready: the root layout has mounted, or the page has no app client code to mount. */
const HYDRATED = 'html[data-hydrated], html:not(:has(link[rel="modulepreload"]))';

/** Gzipped JavaScript a participant page may load in total, on a first visit. */
export const PARTICIPANT_JS_BUDGET = 30 * 1024;

/** The participant pages, each on a demo process where it has content. */
export const PARTICIPANT_PAGES: { name: string; path: string }[] = [
	{ name: 'start page', path: '/' },
	{ name: 'process page', path: '/processer/leva-tillsammans-i-lillby' },
	{ name: 'contribute', path: '/processer/trygg-storgatan/bidra' },
	{ name: 'report', path: '/processer/leva-tillsammans-i-lillby/rapport' },
	{ name: 'receipt lookup', path: '/kvitto' },
	{ name: 'receipt', path: '/kvitto/DM-PRK-347' },
	{ name: 'statements', path: '/processer/leva-tillsammans-i-lillby/pastaenden' },
	{ name: 'panel sign-up', path: '/processer/leva-tillsammans-i-lillby/anmal' },
	{ name: 'question', path: '/processer/motesplats-for-unga/fraga' },
	{ name: 'working group', path: '/processer/tillsammans-i-lillby-arbetsgruppen/arbetsgrupp' },
	{ name: 'decision', path: '/processer/bruksparken-for-alla/beslut' },
	{ name: 'implementation', path: '/processer/bruksparken-for-alla/genomforande' }
];

/** A working-group session with its live harvest (a small script of its own follows the stream). */
export async function liveHarvestPath(browser: Browser, baseURL: string): Promise<string> {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto('/processer/tillsammans-i-lillby-arbetsgruppen/arbetsgrupp');
		const href = await page.locator('a[href*="/arbetsgrupp/moten/"]').first().getAttribute('href');
		if (!href) throw new Error('no session on the working group page');
		return href;
	} finally {
		await context.close();
	}
}

export type PageWeight = {
	path: string;
	status: number;
	/** Every JavaScript file fetched, with its gzipped size. */
	scripts: { url: string; gzipBytes: number }[];
	jsGzipBytes: number;
	/** Every response body fetched, gzipped (HTML, CSS, JavaScript, images). */
	totalGzipBytes: number;
	/** The page's visible text, to check the language. */
	text: string;
	/** All the JavaScript it fetched, to check which messages came with it. */
	jsText: string;
};

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/**
 * Loads `path` in a fresh browser context (nothing cached), in `locale` (set by the `?lang=` switch
 * first), waits until the page has settled, and sums what it fetched.
 */
export async function measurePage(
	browser: Browser,
	baseURL: string,
	path: string,
	locale: 'sv' | 'en' = 'sv'
): Promise<PageWeight> {
	const context = await browser.newContext({ baseURL, locale: 'sv-SE' });
	try {
		if (locale !== 'sv')
			await context.addCookies([{ name: 'medskapa_lang', value: locale, url: baseURL, sameSite: 'Lax' }]);
		const page = await context.newPage();
		const bodies: Promise<{ url: string; script: boolean; size: number; text: string }>[] = [];
		page.on('response', (response) => {
			if (response.status() >= 300 && response.status() < 400) return;
			const type = response.headers()['content-type'] ?? '';
			const script = response.request().resourceType() === 'script' || /javascript/.test(type);
			bodies.push(
				response
					.body()
					.then((body) => ({ url: response.url(), script, size: gzipSize(body), text: script ? body.toString() : '' }))
					.catch(() => ({ url: response.url(), script, size: 0, text: '' }))
			);
		});
		const response = await page.goto(path, { waitUntil: 'load' });
		// Hydration may import more modules (e.g. messages); let the network settle.
		await page.waitForSelector(HYDRATED, { state: 'attached', timeout: 15_000 });
		await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
		const fetched = await Promise.all(bodies);
		const scripts = fetched.filter((f) => f.script).map((f) => ({ url: f.url, gzipBytes: f.size }));
		return {
			path,
			status: response?.status() ?? 0,
			scripts,
			jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
			totalGzipBytes: fetched.reduce((sum, f) => sum + f.size, 0),
			text: await page.locator('body').innerText(),
			jsText: fetched.map((f) => f.text).join('\n')
		};
	} finally {
		await context.close();
	}
}
