/**
 * Participant pages stay light: at most 30 KB of gzipped JavaScript on a first visit, in both languages
 * (a size budget, not a timing). A page that does load client code gets its own language's messages only,
 * and no staff messages. The numbers themselves: `npm run bench -- page-weight`.
 */
import { describe, expect, inject, it } from 'vitest';
import { en, sv } from '../../src/lib/i18n';
import { liveHarvestPath, measurePage, PARTICIPANT_JS_BUDGET, PARTICIPANT_PAGES } from './page-weight';
import { useBrowser } from './support';

const baseURL = inject('baseURL');
const keys = Object.keys(sv);

describe('participant pages', () => {
	const browser = useBrowser();

	it.each(PARTICIPANT_PAGES)(
		'$name loads at most 30 KB of gzipped JavaScript, in Swedish and English',
		async ({ path }) => {
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
	);

	it('a session with a live harvest loads the messages of its own language only, none of the staff', async () => {
		const path = await liveHarvestPath(browser(), baseURL);
		const english = await measurePage(browser(), baseURL, path, 'en');
		expect(english.scripts.length).toBeGreaterThan(0);
		expect(english.text).toContain('Skip to content');
		expect(english.jsText).toContain(en['wg.live.reload']);
		expect(english.jsText).not.toContain(sv['wg.live.reload']);
		expect(english.jsText).not.toContain(en['audit.action.staff.passkeyAdded']);

		const swedish = await measurePage(browser(), baseURL, path, 'sv');
		expect(swedish.jsText).toContain(sv['wg.live.reload']);
		expect(swedish.jsText).not.toContain(en['wg.live.reload']);
	});
});
