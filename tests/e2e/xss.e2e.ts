import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newContext, signIn, useBrowser } from './support';
import { ALL_PAYLOADS, payloadBatches, XSS_PAYLOADS } from './xss-payloads';

const baseURL = inject('baseURL');

/** Posts a staff form the way a browser would (same origin), expecting the redirect that means "saved". */
async function postForm(page: Page, path: string, form: Record<string, string>) {
	const response = await page.request.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
	expect(response.status(), `${path} answered: ${(await response.text()).slice(0, 300)}`).toBe(303);
}

/**
 * Every payload goes through every free-text field and is rendered on every page that shows it. A page
 * passes when no dialog opened, no element carries an injected event handler or URL scheme, and the
 * payload is shown as text. JavaScript is on: with it off, nothing could run anyway.
 */
describe('cross-site scripting corpus', () => {
	const browser = useBrowser();

	async function watch(page: Page) {
		const ran: string[] = [];
		page.on('dialog', async (dialog) => {
			ran.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
			await dialog.dismiss();
		});
		return {
			ran,
			async expectInert(path: string, shownText?: string) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBeLessThan(400);
				const injected = await page.evaluate(() => {
					const handlers = [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
					const schemes = [...document.querySelectorAll('[href],[src],[action],[formaction],[data]')].filter((el) =>
						['href', 'src', 'action', 'formaction', 'data'].some((name) => /^\s*(javascript|data):/i.test(el.getAttribute(name) ?? ''))
					);
					// SvelteKit's own inline script carries page data as escaped string literals; a payload that broke out
					// of it would show as a raw tag inside, or as a script element of its own.
					const scripts = [...document.querySelectorAll('script')].filter(
						(s) => /<\/?script|^\s*alert\(/i.test(s.textContent ?? '') || (s.src && !s.src.startsWith(location.origin))
					);
					return [...handlers, ...schemes, ...scripts].map((el) => el.outerHTML.slice(0, 80));
				});
				expect(injected, `injected markup on ${path}`).toEqual([]);
				if (shownText) expect((await page.textContent('main'))?.replace(/\s+/g, ' '), `text on ${path}`).toContain(shownText.replace(/\s+/g, ' '));
				expect(ran, `scripts that ran on ${path}`).toEqual([]);
			}
		};
	}

	it('holds at least 50 known payloads', () => {
		expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
	});

	it('renders every payload in process fields, perspectives, themes, tensions, reasons and interview groups as text', async () => {
		const page = await (await newContext(browser(), baseURL, true)).newPage();
		const { expectInert } = await watch(page);
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');

		// A process whose long fields carry the whole corpus; title and question carry it batch by batch.
		await page.goto('/hantera/processer/ny');
		const [firstTitle] = payloadBatches(120);
		await page.getByLabel('Titel').fill(firstTitle);
		await page.getByLabel('Webbadress (frivilligt)').fill('xss-prov');
		await page.getByLabel('Frågan').fill(payloadBatches(300)[0]);
		await page.getByLabel('Varför dialogen förs (frivilligt)').fill(ALL_PAYLOADS);
		await page.locator('#context').fill(ALL_PAYLOADS);
		for (const field of ['openToInfluence', 'notNegotiable', 'notNegotiableReason', 'feedbackHow']) await page.locator(`#influence-${field}`).fill(ALL_PAYLOADS);
		await page.locator('#influence-whoDecides').fill(payloadBatches(300)[0]);
		await page.locator('#influence-decisionWhen').fill(payloadBatches(300)[1]);
		await page.getByRole('button', { name: /Skapa/ }).click();
		await page.waitForURL(/\/hantera\/processer\/xss-prov/);
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.waitForURL(/done=published/);
		await page.getByRole('button', { name: 'Gå vidare till Perspektivinsamling' }).click();
		await page.waitForURL(/done=advanced/);
		await expectInert('/processer/xss-prov', XSS_PAYLOADS[0]);
		await expectInert('/hantera/processer/xss-prov');
		for (const [i, title] of payloadBatches(120).entries()) {
			const question = payloadBatches(300)[i % payloadBatches(300).length];
			await page.goto('/hantera/processer/xss-prov/redigera');
			await page.getByLabel('Titel').fill(title);
			await page.getByLabel('Frågan').fill(question);
			await page.getByRole('button', { name: 'Spara ändringar' }).click();
			await page.waitForURL(/done=revised/);
			await expectInert('/processer/xss-prov', title);
			expect((await page.textContent('main'))?.replace(/\s+/g, ' ')).toContain(question.replace(/\s+/g, ' '));
			if (i === 0) await expectInert('/', title);
		}

		// Perspectives through the API and the web form; their receipts; the staff harvest page.
		const receipts: string[] = [];
		for (const text of [ALL_PAYLOADS, ...XSS_PAYLOADS.slice(0, 5)]) {
			const res = await page.request.post('/api/v1/processes/xss-prov/perspectives', { data: { text } });
			expect(res.status()).toBe(201);
			receipts.push((await res.json()).receipt);
		}
		await page.goto('/processer/xss-prov/bidra');
		await page.getByLabel('Vad är viktigt för dig i den här frågan?').fill(`Via formuläret: ${ALL_PAYLOADS}`);
		await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
		await page.waitForURL(/\/kvitto\/.+\?ny=1/);
		expect((await page.textContent('main'))?.replace(/\s+/g, ' ')).toContain(XSS_PAYLOADS[2]);
		for (const receipt of receipts.slice(0, 2)) await expectInert(`/kvitto/${receipt}`);
		await expectInert('/hantera/processer/xss-prov/perspektiv', XSS_PAYLOADS[5]);

		// Themes, tensions, hide reasons and interview groups, short fields batch by batch.
		for (const [i, name] of payloadBatches(80).entries()) {
			await postForm(page, '/hantera/processer/xss-prov/teman?/create', { name, description: payloadBatches(1000)[i % payloadBatches(1000).length] });
		}
		await expectInert('/hantera/processer/xss-prov/teman', payloadBatches(80)[0]);
		await expectInert('/processer/xss-prov/bidra');
		for (const [i, description] of payloadBatches(2000).entries()) {
			await page.goto('/hantera/processer/xss-prov/motsattningar');
			await page.locator('#title').fill(payloadBatches(120)[i]);
			await page.locator('#description').fill(description);
			const sides = page.locator('main select');
			await sides.nth(0).selectOption({ index: 1 + 2 * i });
			await sides.nth(1).selectOption({ index: 2 + 2 * i });
			await page.getByRole('button', { name: 'Lägg till motsättningen' }).click();
			await page.waitForURL(/done=/);
		}
		await expectInert('/hantera/processer/xss-prov/motsattningar', payloadBatches(120)[0]);

		const item = page.locator('.perspective-item').first();
		await page.goto('/hantera/processer/xss-prov/perspektiv');
		await item.locator('summary').click();
		await item.getByLabel('Skäl att dölja').fill(payloadBatches(400)[0]);
		await item.getByRole('button', { name: 'Dölj' }).click();
		await page.waitForURL(/done=hide/);
		await expectInert('/hantera/processer/xss-prov/perspektiv', payloadBatches(400)[0]);
		await expectInert(`/kvitto/${receipts[0]}`);

		for (const [i, name] of payloadBatches(120).entries()) {
			await postForm(page, '/hantera/processer/xss-prov/intervjuer?/target', { name, targetCount: '3', description: payloadBatches(500)[i % payloadBatches(500).length] });
		}
		await expectInert('/hantera/processer/xss-prov/intervjuer', payloadBatches(120)[1]);
		await expectInert('/hantera/processer/xss-prov/intervjuer/ny');
		await expectInert('/hantera/logg');
	}, 300_000);
});
