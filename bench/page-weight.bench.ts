/**
 * Page weight: what a browser fetches on a first visit (empty cache) to each participant page, in Swedish
 * and in English — the number of JavaScript files, their size gzipped, and everything fetched gzipped (HTML,
 * CSS, JavaScript, images). Budget: 30 KB of gzipped JavaScript per participant page (checked by
 * tests/e2e/page-weight.e2e.ts). Also shows a working-group session, the one participant page with client
 * code (its live harvest).
 *
 * Builds the app first when `build/` is missing or older than `src/`, then starts the built server on a free
 * port with its own data folder and the demo seed, and loads the pages in Debian's Chromium.
 * Alone: `npm run bench -- page-weight`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';
import {
	liveHarvestPath,
	measurePage,
	PARTICIPANT_JS_BUDGET,
	PARTICIPANT_PAGES,
	type PageWeight
} from '../tests/e2e/page-weight';
import { BUILD_ENTRY, startServer, stopServer } from '../tests/e2e/server';

function newestIn(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
	}
	return newest;
}

function ensureBuild(): void {
	const sources = Math.max(newestIn(resolve('src')), statSync(resolve('svelte.config.js')).mtimeMs);
	if (existsSync(BUILD_ENTRY) && statSync(BUILD_ENTRY).mtimeMs >= sources) {
		console.log('Using the existing build (newer than src/).');
		return;
	}
	console.log('Building the app (vite build) …');
	const started = performance.now();
	execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], { stdio: 'ignore' });
	console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export default async function pageWeight(): Promise<void> {
	ensureBuild();
	const server = await startServer();
	const browser = await launchChromium();
	try {
		const pages = [
			...PARTICIPANT_PAGES,
			{
				name: 'working-group session (live harvest)',
				path: await liveHarvestPath(browser, server.url),
				shown: '/processer/tillsammans-i-lillby-arbetsgruppen/arbetsgrupp/moten/<id>'
			}
		];
		console.log(`Budget: ${kb(PARTICIPANT_JS_BUDGET)} of gzipped JavaScript per participant page.\n`);
		console.log('| page | path | JS files (sv / en) | gzipped JS (sv / en) | total gzipped (sv / en) |');
		console.log('|---|---|---|---|---|');
		for (const { name, path, shown } of pages as { name: string; path: string; shown?: string }[]) {
			const sv: PageWeight = await measurePage(browser, server.url, path, 'sv');
			const en: PageWeight = await measurePage(browser, server.url, path, 'en');
			const over = Math.max(sv.jsGzipBytes, en.jsGzipBytes) > PARTICIPANT_JS_BUDGET ? ' (over budget)' : '';
			console.log(
				`| ${name} | \`${shown ?? path}\` | ${sv.scripts.length} / ${en.scripts.length} | ${kb(sv.jsGzipBytes)} / ${kb(en.jsGzipBytes)}${over} | ${kb(sv.totalGzipBytes)} / ${kb(en.totalGzipBytes)} |`
			);
		}
	} finally {
		await browser.close();
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	}
}
