/** Debian's Chromium for the journeys and the page-weight benchmark (no test runner needed here). */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
