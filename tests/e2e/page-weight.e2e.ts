/**
 * Participant pages stay light: at most 30 KB of gzipped JavaScript on a first visit, in both languages
 * (a size budget, not a timing). A page that does load the app's client code gets its own language's
 * messages only. The numbers themselves: `npm run bench -- page-weight`.
 */
import { describe, expect, inject, it } from 'vitest';
import { en, sv } from '../../src/lib/i18n';
import { liveHarvestPath, measurePage, PARTICIPANT_JS_BUDGET, PARTICIPANT_PAGES } from './page-weight';
import { useBrowser } from './support';

const baseURL = inject('baseURL');
const keys = Object.keys(sv);

describe('participant pages', () => {
	const browser = useBrowser();

	async function expectWithinBudget(path: string) {
		for (const [locale, skipLink] of [
			['sv', 'Hoppa till innehållet'],
			['en', 'Skip to content']
		] as const) {
			const weight = await measurePage(browser(), baseURL, path, locale);
			expect(weight.status, `${path} (${locale})`).toBe(200);
			expect(weight.text, `${path} (${locale})`).toContain(skipLink);
			// Every message is there: no key shows instead of its text.
			expect(
				keys.filter((key) => weight.text.includes(key)),
				`${path} (${locale})`
			).toEqual([]);
			expect(weight.jsGzipBytes, `gzipped JavaScript of ${path} (${locale})`).toBeLessThanOrEqual(
				PARTICIPANT_JS_BUDGET
			);
		}
	}

	it.each(PARTICIPANT_PAGES)('$name loads at most 30 KB of gzipped JavaScript, in Swedish and English', ({ path }) =>
		expectWithinBudget(path)
	);

	it('a working-group session with its live harvest does too', async () => {
		await expectWithinBudget(await liveHarvestPath(browser(), baseURL));
	});
});

describe('a page with the app’s client code', () => {
	const browser = useBrowser();

	it('loads the messages of its own language only (staff sign-in)', async () => {
		const english = await measurePage(browser(), baseURL, '/logga-in', 'en');
		expect(english.text).toContain('Skip to content');
		expect(english.scripts.length).toBeGreaterThan(0);
		for (const key of ['nav.skip', 'statements.title', 'audit.action.staff.passkeyAdded'] as const) {
			expect(english.jsText, key).toContain(en[key]);
			expect(english.jsText, key).not.toContain(sv[key]);
		}
		const swedish = await measurePage(browser(), baseURL, '/logga-in', 'sv');
		expect(swedish.jsText).toContain(sv['nav.skip']);
		expect(swedish.jsText).not.toContain(en['nav.skip']);
	});
});
