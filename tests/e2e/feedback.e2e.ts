/**
 * Every voice answered: receipts in the resident's channel and language, lost codes, staff entry with consent,
 * and the decision reaching each contributor. Each test reads the mail the server delivered over SMTP and opens
 * every link in it.
 */
import { describe, expect, inject, it } from 'vitest';
import { linksWork, waitForMail } from './mailbox';
import { expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');

const expectLinksWork = async (text: string) => expect(await linksWork(text, baseURL)).toEqual([]);

describe('every voice answered', () => {
	const browser = useBrowser();

	it('a resident writing in English through the API gets an English receipt mail within a minute, and every link in it works', async () => {
		const res = await fetch(`${baseURL}/api/v1/processes/trygg-storgatan/perspectives`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				text: 'The crossing by the school is dark in the evening.',
				contact: { email: 'api.reader@example.se' },
				language: 'en'
			})
		});
		expect(res.status).toBe(201);
		const { receipt } = (await res.json()) as { receipt: string };
		const mail = await waitForMail(mailboxFile, 'api.reader@example.se');
		expect(mail.subject).toBe('Thank you for your perspective – Trygg Storgatan');
		expect(mail.text).toContain(`Your receipt code: ${receipt}`);
		expect(mail.text).toContain('What happens next');
		expect(mail.text).toContain(`/kvitto/${receipt}/avregistrera`);
		await expectLinksWork(mail.text);

		// A language the platform does not have is refused with a clear error, and nothing is stored.
		const wrong = await fetch(`${baseURL}/api/v1/processes/trygg-storgatan/perspectives`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ text: 'x', contact: { email: 'api.reader@example.se' }, language: 'xx' })
		});
		expect(wrong.status).toBe(422);
		expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('invalid');
	});

	it('a resident who lost the code asks for it again without JavaScript and gets every code by mail', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(page, '/processer/trygg-storgatan/bidra');
		await page
			.getByLabel('Vad är viktigt för dig i den här frågan?')
			.fill('Belysningen vid busshållplatsen är trasig.');
		await page.getByLabel('E-postadress (frivilligt)').fill('tappad.kod@example.se');
		await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
		await page.waitForURL(/\/kvitto\/[A-Z0-9-]+\?ny=1/);
		const code = new URL(page.url()).pathname.split('/').pop()!;
		const receiptMail = await waitForMail(mailboxFile, 'tappad.kod@example.se');
		expect(receiptMail.subject).toBe('Tack för ditt perspektiv – Trygg Storgatan');
		expect(receiptMail.text).toContain(`Din kvittenskod: ${code}`);

		await visit(page, '/kvitto');
		await expectAccessible(page);
		// A mistyped address gets a clear error and keeps what was typed.
		await page.getByLabel('E-postadress eller mobilnummer').fill('tappad.kod@');
		await page.getByRole('button', { name: 'Skicka mina koder' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.getByLabel('E-postadress eller mobilnummer').inputValue()).toBe('tappad.kod@');
		await expectAccessible(page);
		await page.getByLabel('E-postadress eller mobilnummer').fill('tappad.kod@example.se');
		await page.getByRole('button', { name: 'Skicka mina koder' }).click();
		await page.waitForURL(/skickat=1/);
		const said = await page.getByRole('status').textContent();
		expect(said).toContain('Om adressen finns hos oss');
		// An unknown address gets exactly the same answer.
		await page.getByLabel('E-postadress eller mobilnummer').fill('okand.person@example.se');
		await page.getByRole('button', { name: 'Skicka mina koder' }).click();
		await page.waitForURL(/skickat=1/);
		expect(await page.getByRole('status').textContent()).toBe(said);

		const codes = await waitForMail(mailboxFile, 'tappad.kod@example.se', (m) => m.subject === 'Dina kvittenskoder');
		expect(codes.text).toContain(code);
		await expectLinksWork(codes.text);
	});

	it('staff at the tent record a perspective with the person’s contact, consent and self-description; the person gets the receipt', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/trygg-storgatan/perspektiv/ny?kanal=popup');
		await expectAccessible(page);
		await page.getByLabel('Perspektivet').fill('Jag vågar inte gå genom tunneln på kvällen.');
		await page.getByLabel('E-postadress (frivilligt)').fill('talt.besok@example.se');
		await page.getByLabel('Språk för meddelanden till personen').selectOption('en');
		await page.getByLabel('Ålder (frivilligt)').selectOption('65+');
		// Without the person's yes the contact is not kept, and what was typed stays.
		await page.getByRole('button', { name: 'Spara och skriv nästa' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.getByLabel('Perspektivet').inputValue()).toBe('Jag vågar inte gå genom tunneln på kvällen.');
		await expectAccessible(page);
		await page.getByLabel('Personen har hört texten ovan och vill få besked').check();
		await page.getByRole('button', { name: 'Spara och skriv nästa' }).click();
		await page.waitForURL(/sparad=.*skickat=1/);
		const code = new URL(page.url()).searchParams.get('sparad')!;
		expect(await page.getByRole('status').textContent()).toContain('Kvittot skickas till personen.');
		const mail = await waitForMail(mailboxFile, 'talt.besok@example.se');
		expect(mail.subject).toBe('Thank you for your perspective – Trygg Storgatan');
		expect(mail.text).toContain(code);
	});
});
