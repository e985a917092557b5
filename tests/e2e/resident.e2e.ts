import { describe, expect, inject, it } from 'vitest';
import { useBrowser, expectAccessible, PARTICIPANT_MODES, newContext, visit } from './support';

const baseURL = inject('baseURL');

describe.each(PARTICIPANT_MODES)('a resident leaves a perspective ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('sees the influence declaration and the public-record note, fixes a mistake, and gets a receipt to follow', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/processer/trygg-storgatan');
		await page.getByRole('link', { name: 'Lämna ditt perspektiv' }).click();
		await page.waitForURL(/\/processer\/trygg-storgatan\/bidra$/);
		await expectAccessible(page);
		expect(await page.textContent('section.influence')).toContain('Var belysningen ska förbättras först');
		expect(await page.textContent('#public-record')).toContain('allmän handling');

		const text = `Det är mörkt vid busshållplatsen efter sju på kvällen (${javaScriptEnabled ? 'js' : 'utan js'}).`;
		await page.getByLabel('Vad är viktigt för dig i den här frågan?').fill(text);
		await page.getByLabel('E-postadress (frivilligt)').fill('inte-en-adress');
		await page.getByLabel('Ålder (frivilligt)').selectOption('16-24');
		await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv en e-postadress som innehåller @, till exempel namn@exempel.se.'
		]);
		expect(await page.getByLabel('Vad är viktigt för dig i den här frågan?').inputValue()).toBe(text);
		expect(await page.getByLabel('Ålder (frivilligt)').inputValue()).toBe('16-24');
		await expectAccessible(page);

		await page.getByLabel('E-postadress (frivilligt)').fill('boende@example.se');
		await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
		await page.waitForURL(/\/kvitto\/[A-Z0-9-]+\?ny=1$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tack! Ditt perspektiv är sparat');
		const code = (await page.getByTestId('receipt-code').textContent())!.trim();
		expect(code).toMatch(/^[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		expect(await page.textContent('main')).toContain(text);
		expect(await page.textContent('main')).toContain('Du har lämnat kontaktuppgifter');
		expect(await page.textContent('main')).not.toContain('boende@example.se');

		// Later, on another device: look the perspective up with the code as typed on paper.
		const later = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(later, '/kvitto');
		await later.getByLabel('Kvittenskod').fill('XX');
		await later.getByRole('button', { name: 'Visa mitt perspektiv' }).click();
		await later.waitForSelector('.error-summary');
		expect(await later.locator('.error-summary a').textContent()).toBe(
			'Skriv koden som den står på kvittot, till exempel K7-4QF-97M.'
		);
		await later.getByLabel('Kvittenskod').fill(code.toLowerCase().replace(/-/g, ' '));
		await later.getByRole('button', { name: 'Visa mitt perspektiv' }).click();
		await later.waitForURL(new RegExp(`/kvitto/${code}$`));
		expect(await later.getByRole('heading', { level: 1 }).textContent()).toBe('Ditt perspektiv');
		expect(await later.textContent('main')).toContain('Mottaget');
		await expectAccessible(later);
	});

	it('is told plainly when a process is not collecting perspectives', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/processer/leva-tillsammans-i-lillby/bidra');
		expect(await page.textContent('main')).toContain(
			'Den här dialogen tar inte emot perspektiv just nu. Nu pågår fasen Sammanställ & återkoppla.'
		);
		expect(await page.getByRole('button', { name: 'Skicka perspektiv' }).count()).toBe(0);
	});
});

describe('perspective API', () => {
	const post = (slug: string, body: unknown) =>
		fetch(`${baseURL}/api/v1/processes/${slug}/perspectives`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});

	it('accepts a perspective with 201 and a receipt that the receipts endpoint resolves', async () => {
		const res = await post('trygg-storgatan', {
			text: 'Fler papperskorgar vid torget.',
			contact: { email: 'api@example.se' },
			profile: { ageBand: '65+' }
		});
		expect(res.status).toBe(201);
		const body = await res.json();
		expect(body.receipt).toMatch(/^[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		expect(body.receiptUrl).toBe(`${baseURL}/kvitto/${body.receipt}`);
		const receipt = await (await fetch(`${baseURL}/api/v1/receipts/${body.receipt}`)).json();
		expect(receipt).toMatchObject({
			receipt: body.receipt,
			text: 'Fler papperskorgar vid torget.',
			status: 'received',
			channel: 'web',
			willHearBack: true,
			process: { slug: 'trygg-storgatan' }
		});
		expect(JSON.stringify(receipt)).not.toContain('api@example.se');
		expect(JSON.stringify(receipt)).not.toContain('65+');
	});

	it('answers 409 phase_closed, 422 with field errors, 404 for unknown receipts', async () => {
		const closed = await post('leva-tillsammans-i-lillby', { text: 'Hej' });
		expect(closed.status).toBe(409);
		expect((await closed.json()).error.code).toBe('phase_closed');
		const invalid = await post('trygg-storgatan', { text: '', contact: { email: 'x' } });
		expect(invalid.status).toBe(422);
		const error = (await invalid.json()).error;
		expect(error.code).toBe('invalid');
		expect(error.fields).toEqual([
			{ field: 'text', code: 'error.perspective.text.required', message: 'Skriv ditt perspektiv.' },
			{
				field: 'contact.email',
				code: 'error.perspective.email.format',
				message: 'Skriv en e-postadress som innehåller @, till exempel namn@exempel.se.'
			}
		]);
		const notJson = await fetch(`${baseURL}/api/v1/processes/trygg-storgatan/perspectives`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{'
		});
		expect(notJson.status).toBe(400);
		expect((await fetch(`${baseURL}/api/v1/receipts/AC-DEF-GHJ`)).status).toBe(404);
	});
});
