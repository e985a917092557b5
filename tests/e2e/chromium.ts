/** Debian's Chromium for the journeys and the page-weight benchmark (no test runner needed here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's headless shell (`apt-get install chromium-headless-shell`) where installed: the same engine without
 * the browser's own user interface, which in a headless full browser cost the journeys much of their CPU time.
 */
export const CHROMIUM =
	process.env.CHROMIUM_PATH ??
	(existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Playwright gives every launch a fresh, empty profile of its own. */
export const launchChromium = (): Promise<Browser> =>
	chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
