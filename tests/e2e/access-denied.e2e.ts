import { describe, expect, inject, it } from 'vitest';
import { JS_OFF_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');

describe.each(JS_OFF_ONLY)('refused attempts end up in the audit log ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('an official tries what only facilitators may do, and the audit log shows who tried what where', async () => {
		const context = await newContext(browser(), baseURL, javaScriptEnabled);
		const page = await context.newPage();
		await signIn(page, 'tjansteperson@solbacka.example', 'medskapa-demo');

		// A facilitator-only download and a facilitator-only form action, sent by hand.
		expect((await context.request.get('/hantera/processer/trygg-storgatan/export/teman.csv')).status()).toBe(403);
		const post = await context.request.post('/hantera/processer/trygg-storgatan?/unpublish', {
			headers: { origin: baseURL },
			form: { secret: 'body text that must never be logged' }
		});
		expect(post.status()).toBe(403);
		// A visitor who is not signed in, posting to a staff form.
		expect(
			(
				await fetch(`${baseURL}/hantera/processer/trygg-storgatan?/advance`, {
					method: 'POST',
					headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
					body: 'from=collection'
				})
			).status
		).toBe(403);

		await visit(page, '/hantera/logg');
		const rows = await page.getByRole('table', { name: 'Granskningslogg' }).locator('tbody tr').allTextContents();
		const refused = rows.filter((r) => r.includes('Nekad åtkomst'));
		expect(
			refused.find((r) => r.includes('export.download – GET /hantera/processer/trygg-storgatan/export/teman.csv'))
		).toContain('Eva Holm');
		expect(refused.find((r) => r.includes('process.publish – POST /hantera/processer/trygg-storgatan'))).toContain(
			'Eva Holm'
		);
		expect(refused.find((r) => r.includes('process.advancePhase – POST /hantera/processer/trygg-storgatan'))).toContain(
			'Anonym besökare'
		);
		expect(rows.join('\n')).not.toContain('body text that must never be logged');
	});
});
