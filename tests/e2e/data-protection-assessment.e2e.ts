import { describe, expect, inject, it } from 'vitest';
import { downloadedBytes, JS_ON_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');

describe.each(JS_ON_ONLY)('the data protection impact assessment ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('an official opens the pre-filled assessment and downloads it as Markdown and HTML', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await page.getByRole('link', { name: 'Konsekvensbedömning för dataskydd' }).click();
		await page.waitForURL(/\/hantera\/dataskydd$/);
		await visit(page, '/hantera/dataskydd');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Konsekvensbedömning för dataskydd');
		const table = page.getByRole('table', { name: 'Personuppgifter, grund, lagringstid och antal just nu' });
		// The demo's 150 volunteers, plus any that journeys running on the same server have signed up since.
		const volunteers = (await table.getByRole('row', { name: /Anmälda till medborgarpanel/ }).textContent()) ?? '';
		expect(Number(/(\d+)$/.exec(volunteers)?.[1])).toBeGreaterThanOrEqual(150);
		expect(volunteers).toContain('tas bort när panelen är komplett');
		expect(await table.getByRole('row', { name: /Besked om perspektiv/ }).textContent()).toContain('90 dagar');
		expect(await page.textContent('main')).toContain('Uppgift av allmänt intresse');

		for (const [link, name, start] of [
			[
				'Ladda ner som text (Markdown)',
				'konsekvensbedomning.md',
				'# Konsekvensbedömning för dataskydd: Solbacka kommun'
			],
			['Ladda ner som webbsida (HTML)', 'konsekvensbedomning.html', '<!doctype html>\n<html lang="sv">']
		]) {
			const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
			expect(file.suggestedFilename()).toBe(name);
			const text = (await downloadedBytes(file)).toString('utf8');
			expect(text.startsWith(start)).toBe(true);
			expect(text).toContain('Anmälda till medborgarpanel');
		}
	});
});

it('asks a visitor who is not signed in to sign in first', async () => {
	const response = await fetch(`${baseURL}/hantera/dataskydd`, { redirect: 'manual' });
	expect(response.status).toBe(303);
	expect((await fetch(`${baseURL}/hantera/dataskydd/konsekvensbedomning.md`, { redirect: 'manual' })).status).toBe(403);
});
