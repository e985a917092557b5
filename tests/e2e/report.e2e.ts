import { describe, expect, inject, it } from 'vitest';
import { decodeBody, linksWork, mailText, readMailbox } from './mailbox';
import { useBrowser, expectAccessible, JS_OFF_ONLY, newContext, signIn, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');

/** The demo report was published without mail: the first re-publication tells the 20 with an email, later ones nobody. */
let everyoneTold = false;

describe.each(JS_OFF_ONLY)('the perspective report ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('a visitor reads the village report: method, themes with quotes, tensions side by side, who was not reached', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, '/processer/leva-tillsammans-i-lillby');
		await page.getByRole('link', { name: 'Läs perspektivrapporten' }).last().click();
		await page.waitForURL(/\/rapport$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Perspektivrapport: Leva tillsammans i Lillby'
		);
		const main = (await page.textContent('main')) ?? '';
		expect(main).toMatch(/Vi tog emot 213 perspektiv mellan .+\. 210 visas i rapporten\. 3 dolde vi vid moderering/);
		expect(await page.locator('.report-theme').count()).toBe(7);
		expect(await page.locator('.tension').count()).toBe(6);
		expect(await page.locator('.tension').first().locator('figure').count()).toBe(2);
		expect(main).toContain('Unga 16–24 år är 14 % av invånarna men 6 % av perspektiven.');
		const age = page.getByRole('table', { name: 'Ålder' });
		expect(await age.getByRole('row', { name: /16–24 år/ }).textContent()).toContain('14 %');
	});
});

describe('republishing the report', () => {
	const browser = useBrowser();

	it('a facilitator republishes the report: everyone who asked for news hears once, never again', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, '/hantera/processer/leva-tillsammans-i-lillby');
		// Other journeys (e.g. working-group invitations) may have delivered mail before: count from here.
		const before = readMailbox(mailboxFile).length;
		await page.getByRole('button', { name: 'Publicera om perspektivrapporten' }).click();
		const expected = everyoneTold ? 0 : 20;
		const confirm = page.getByRole('region', { name: 'Publicera om perspektivrapporten?' });
		expect(await confirm.textContent()).toContain('Ingen får samma meddelande igen.');
		expect(await confirm.textContent()).toContain(
			expected
				? '20 personer som inte fått något meddelande om rapporten förut får ett (20 e-post).'
				: '0 nya meddelanden.'
		);
		await expectAccessible(page);
		await confirm.getByRole('button', { name: 'Ja, publicera om rapporten' }).click();
		await page.waitForURL(/done=report&notified=\d+/);
		const notified = Number(page.url().match(/notified=(\d+)/)![1]);
		expect(notified).toBe(expected);
		everyoneTold = true;
		expect(await page.getByRole('status').textContent()).toBe(
			`Perspektivrapporten är publicerad. ${expected} personer som bad om besked får ett meddelande (e-post eller sms). Den som redan har fått det får det inte igen.`
		);
		await expectAccessible(page);

		// The outbox worker delivers them over SMTP, each to one contributor, with links to the report and their receipt.
		let mails = readMailbox(mailboxFile);
		for (let i = 0; i < 300 && mails.length < before + expected; i++) {
			await new Promise((r) => setTimeout(r, 200));
			mails = readMailbox(mailboxFile);
		}
		const reportMails = mails.filter((m) => decodeBody(m.raw).includes('/processer/leva-tillsammans-i-lillby/rapport'));
		const batch = mails.slice(before).filter((m) => reportMails.includes(m));
		expect(batch).toHaveLength(expected);
		expect(new Set(reportMails.map((m) => m.to.join())).size).toBe(20);
		const body = decodeBody(reportMails[0].raw);
		expect(body).toContain('/processer/leva-tillsammans-i-lillby/rapport');
		expect(body).toMatch(/\/kvitto\/[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}/);
		expect(body).toContain('Perspektivrapporten');
		expect(await linksWork(mailText(reportMails[0].raw), baseURL)).toEqual([]);

		// Staff see each message's delivery, with addresses only partly shown.
		await visit(page, '/hantera/utskick');
		const rows = await page
			.getByRole('table', { name: 'Utskick, det senaste först' })
			.locator('tbody tr')
			.allTextContents();
		expect(rows.length).toBeGreaterThanOrEqual(20);
		const reportRow = rows.find((r) => r.includes('Perspektivrapporten för Leva tillsammans i Lillby är klar'));
		expect(reportRow).toContain('Skickat');
		expect(reportRow).toMatch(/\*\*\*@/);
		expect(rows.join(' ')).not.toContain(reportMails[0].to[0]);
		// Publishing again tells nobody twice.
		await visit(page, '/hantera/processer/leva-tillsammans-i-lillby');
		await page.getByRole('button', { name: 'Publicera om perspektivrapporten' }).click();
		const again = page.getByRole('region', { name: 'Publicera om perspektivrapporten?' });
		expect(await again.textContent()).toContain('0 nya meddelanden.');
		await again.getByRole('button', { name: 'Ja, publicera om rapporten' }).click();
		await page.waitForURL(/done=report&notified=0/);
		await visit(page, '/hantera/processer/trygg-storgatan');
		expect(await page.textContent('main')).toContain(
			'Perspektivrapporten kan publiceras när dialogen har gått vidare till fasen Sammanställ & återkoppla.'
		);
	});
});

describe('report API', () => {
	it('returns the published report without personal data, and 404 where none is published', async () => {
		const res = await fetch(`${baseURL}/api/v1/processes/leva-tillsammans-i-lillby/report`);
		expect(res.status).toBe(200);
		const report = await res.json();
		expect(report.totals).toMatchObject({ received: 213, hidden: 3 });
		expect(report.themes[0]).toEqual(
			expect.objectContaining({ name: expect.any(String), count: expect.any(Number), quotes: expect.any(Array) })
		);
		expect(JSON.stringify(report)).not.toContain('@example');
		const none = await fetch(`${baseURL}/api/v1/processes/trygg-storgatan/report`);
		expect(none.status).toBe(404);
		expect((await none.json()).error.code).toBe('not_found');
	});
});
