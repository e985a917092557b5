import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { linksWork, mailSubject, mailText, readMailbox } from './mailbox';
import { expectAccessible, JS_MODES, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');
const WG = 'tillsammans-i-lillby-arbetsgruppen';
const PARK = 'bruksparken-for-alla';
const RECEIPT = 'DM-PRK-347';

/** The decision mails delivered to the demo's residents for one case, once `enough` holds (up to a minute). */
async function decisionMailsFor(caseNumber: string, enough: (mails: { subject: string; text: string }[]) => boolean) {
	const read = () =>
		readMailbox(mailboxFile)
			.filter((m) => m.to.some((to) => /^lillby\.boende\d+@example\.se$/.test(to)))
			.map((m) => ({ subject: mailSubject(m.raw), text: mailText(m.raw) }))
			.filter((m) => m.text.includes(caseNumber));
	for (let i = 0; i < 240 && !enough(read()); i++) await new Promise((r) => setTimeout(r, 250));
	return read();
}

async function errorsShown(page: Page): Promise<string[]> {
	await page.waitForSelector('.error-summary');
	expect(await page.title()).toMatch(/^Fel: /);
	return page.locator('.error-summary a').allTextContents();
}

describe.each(JS_MODES)('decisions and implementation ($name)', ({ name, javaScriptEnabled }) => {
	const browser = useBrowser();
	const caseNumber = `KS 2027/${javaScriptEnabled ? '101' : '102'}`;

	it('staff record a decision, cannot publish it without reasons for what was not adopted, then publish and follow it up', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, `/hantera/processer/${WG}`);
		await page.getByRole('link', { name: 'Beslut', exact: true }).click();
		await page.waitForURL(/\/beslut$/);
		await expectAccessible(page);

		// A form sent empty keeps nothing back and says what is missing.
		const form = page.locator('form[action="?/create"]');
		await form.getByRole('button', { name: 'Spara utkast' }).click();
		expect(await errorsShown(page)).toEqual([
			'Skriv vilket organ som beslutar, till exempel Kommunstyrelsen.',
			'Välj vilken sorts organ det är.',
			'Skriv datum för beslutet, till exempel 2027-06-14.',
			'Skriv ärendets diarienummer, till exempel KS 2027/123.',
			'Välj utfall för minst ett förslag.'
		]);
		await expectAccessible(page);

		await form.getByLabel('Beslutande organ').fill('Kommunstyrelsen');
		await form.getByLabel('Kommunstyrelse eller regionstyrelse').check();
		await form.getByLabel('Datum för beslutet').fill('2027-06-14');
		await form.getByLabel('Diarienummer').fill(caseNumber);
		await form
			.getByRole('group', { name: 'Utfall för Gemensam vårstädning' })
			.getByLabel('Antogs', { exact: true })
			.check();
		await form
			.getByRole('group', { name: /^Utfall för Aktivera Lillby i mitten/ })
			.getByLabel('Avslogs')
			.check();
		await form.getByRole('button', { name: 'Spara utkast' }).click();
		await page.waitForURL(/\/beslut\/[0-9a-f-]{36}\?klart=sparat/);
		expect(await page.getByRole('status').textContent()).toBe('Utkastet är sparat.');
		await expectAccessible(page);

		// The publish section lists what is missing, and publishing anyway is refused with links to the fields.
		const publish = page.getByRole('region', { name: 'Publicera beslutet' });
		expect(await publish.getByRole('link').allTextContents()).toEqual([
			'Skäl för beslutet om Aktivera Lillby i mitten – ett paraply för engagemang',
			'Paragraf i protokollet'
		]);
		await publish.getByRole('button', { name: 'Publicera beslutet' }).click();
		expect(await errorsShown(page)).toEqual([
			'Skriv skälen till beslutet om det här förslaget. Ett beslut som inte antar ett förslag fullt ut kan inte publiceras utan skäl.',
			'Skriv protokollsparagrafen, till exempel § 84, så att beslutet går att hänvisa till.'
		]);
		await expectAccessible(page);

		const revise = page.locator('form[action="?/save"]');
		await revise.getByLabel('Paragraf i protokollet').fill('§ 88');
		await revise
			.getByLabel(/^Skäl för beslutet om Aktivera Lillby/)
			.fill(
				'Kommunen har inte råd med en kontaktperson 2027. Byarådet kan starta ändå, och frågan prövas igen i budgeten för 2028.'
			);
		await revise.getByRole('button', { name: 'Spara utkast' }).click();
		await page.waitForURL(/klart=sparat/);
		expect(await page.getByRole('region', { name: 'Publicera beslutet' }).textContent()).toContain(
			'När beslutet publiceras visas det för alla'
		);
		await page
			.getByRole('region', { name: 'Publicera beslutet' })
			.getByRole('button', { name: 'Publicera beslutet' })
			.click();
		// The confirmation says what publishing does and whom it tells; only confirming publishes.
		const confirm = page.getByRole('region', { name: /^Publicera beslutet .+\?$/ });
		expect(await confirm.textContent()).toContain('Beslutet visas för alla och kan inte ändras efteråt.');
		expect(await confirm.textContent()).toMatch(/får ett meddelande|Ingen får något meddelande/);
		await expectAccessible(page);
		await confirm.getByRole('button', { name: 'Ja, publicera beslutet' }).click();
		await page.waitForURL(/klart=publicerat/);
		await expectAccessible(page);
		expect(await page.textContent('main')).toContain('Publicerat');

		// Residents who asked for news hear the outcome of the proposals that grew from their perspective, and why.
		// One of them reads in English.
		const decisionMails = await decisionMailsFor(
			caseNumber,
			(mails) =>
				mails.some((m) => m.text.includes('Skäl: Kommunen har inte råd')) &&
				mails.some((m) => m.subject.startsWith('Decision in the dialogue'))
		);
		expect(decisionMails.length).toBeGreaterThan(0);
		expect(decisionMails.map((m) => m.text).join('\n\n')).toContain(
			'– Aktivera Lillby i mitten – ett paraply för engagemang: avslogs.\n  Skäl: Kommunen har inte råd med en kontaktperson 2027.'
		);
		expect(decisionMails.some((m) => m.subject.startsWith('Decision in the dialogue'))).toBe(true);
		for (const mail of decisionMails.slice(0, 2)) expect(await linksWork(mail.text, baseURL)).toEqual([]);

		// The memo declaration, on a page and as files.
		await page.getByRole('link', { name: 'Läs avsnittet' }).click();
		await page.waitForURL(/\/deklaration$/);
		await expectAccessible(page);
		const declaration = (await page.locator('article').textContent()) ?? '';
		expect(declaration).toContain('Dialog med medborgare och civilsamhälle');
		expect(declaration).toContain(`Beslut Kommunstyrelsen, 2027-06-14, ${caseNumber}, § 88.`);
		expect(declaration).toContain('Beslut: förslaget avslogs. Skäl: Kommunen har inte råd');
		const base = new URL(page.url()).pathname;
		const txt = await page.request.get(`${base}.txt`);
		expect(txt.headers()['content-type']).toContain('text/plain');
		expect(await txt.text()).toContain('Hur förslaget förhåller sig till dialogen\n-----');
		const docx = await page.request.get(`${base}.docx`);
		expect(docx.headers()['content-type']).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(docx.headers()['content-disposition']).toMatch(/attachment; filename="dialogdeklaration-.*\.docx"/);
		expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');

		// The adopted proposal is now an implementation item; an update with a mistake keeps what was typed.
		await visit(page, `/hantera/processer/${WG}/genomforande`);
		const item = page.getByRole('region', { name: 'Gemensam vårstädning' });
		await item.getByLabel(/^Hur långt arbetet har kommit/).fill('150');
		await item.getByLabel('Vad har hänt?').fill(`Inbjudan är översatt till fyra språk (${name}).`);
		await item.getByRole('button', { name: 'Publicera lägesbeskrivningen för Gemensam vårstädning' }).click();
		expect(await errorsShown(page)).toEqual(['Skriv hur långt arbetet har kommit som ett heltal från 0 till 100.']);
		await expectAccessible(page);
		expect(
			await page.getByRole('region', { name: 'Gemensam vårstädning' }).getByLabel('Vad har hänt?').inputValue()
		).toBe(`Inbjudan är översatt till fyra språk (${name}).`);
		await page
			.getByRole('region', { name: 'Gemensam vårstädning' })
			.getByLabel(/^Hur långt arbetet har kommit/)
			.fill('25');
		await page.getByRole('region', { name: 'Gemensam vårstädning' }).getByLabel('Pågår').check();
		await page
			.getByRole('region', { name: 'Gemensam vårstädning' })
			.getByRole('button', { name: /^Publicera lägesbeskrivningen/ })
			.click();
		await page.waitForURL(/klart=lage/);
		await expectAccessible(page);

		// The public sees the decision with its reasons, and the progress.
		await visit(page, `/processer/${WG}/beslut`);
		const main = (await page.textContent('main')) ?? '';
		expect(main).toContain(caseNumber);
		expect(main).toContain('Kommunen har inte råd med en kontaktperson 2027.');
		await visit(page, `/processer/${WG}/genomforande`);
		expect(await page.textContent('main')).toContain(`Inbjudan är översatt till fyra språk (${name}).`);
	});

	it('a resident follows the demo receipt from the perspective to a finished item, and stops and restarts messages', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, `/kvitto/${RECEIPT}`);
		const trace = page.locator('ol.trace');
		const steps = (await trace.textContent()) ?? '';
		expect(steps).toContain('Sorterat under temat Belysning och trygghet');
		expect(steps).toContain('Med i perspektivrapporten');
		expect(steps).toContain('Ny belysning längs gångstråken');
		expect(steps).toContain('Antogs');
		expect(steps).toContain('Tekniska nämnden');
		expect(steps).toContain('Genomförande: Klar, 100 %.');

		await trace.getByRole('link', { name: 'Läs beslutet' }).first().click();
		await page.waitForURL(/\/beslut#proposal-/);
		await expectAccessible(page);
		const decisions = (await page.textContent('main')) ?? '';
		expect(decisions).toContain('TN 2026/48');
		expect(decisions).toContain('Parken är för liten för en rastgård');
		// Back from the decision to the perspectives behind it; their personal data stays redacted.
		const dogs = page.getByRole('article', { name: 'Inhägnad hundrastgård' });
		await dogs.getByText(/^Visa de 2 perspektiv/).click();
		await dogs.getByRole('link', { name: 'Följ det här perspektivet' }).first().click();
		await page.waitForURL(/\/perspektiv\/[0-9a-f-]{36}$/);
		await expectAccessible(page);
		expect(await page.textContent('main')).toContain('Hundar och gräsytor');
		expect(await page.textContent('main')).toContain('Avslogs');

		await visit(page, `/processer/${PARK}/genomforande`);
		expect(await page.textContent('main')).toContain('Så här går det med de förslag som antogs: 1 av 2 är klara.');
		expect(await page.getByRole('table', { name: 'Delmål för Ett tak för unga vid bollplanen' }).textContent()).toMatch(
			/Försenat|Kommande/
		);

		await visit(page, `/kvitto/${RECEIPT}`);
		await page.getByRole('link', { name: 'Avsluta meddelanden om dialogen' }).click();
		await page.waitForURL(/\/avregistrera$/);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Avsluta meddelanden' }).click();
		await page.waitForURL(/klart=avslutat/);
		expect(await page.getByRole('status').textContent()).toBe('Klart. Du får inga fler meddelanden om dialogen.');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Starta meddelanden igen' }).click();
		await page.waitForURL(/klart=startat/);
		expect(await page.getByRole('status').textContent()).toBe('Klart. Du får meddelanden igen när något händer.');
	});

	it('the process page leads to decisions and implementation', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, `/processer/${PARK}`);
		const section = page.getByRole('region', { name: 'Beslut och genomförande' });
		expect(await section.textContent()).toContain('1 beslut är fattade');
		await section.getByRole('link', { name: 'Genomförande' }).click();
		await page.waitForURL(/\/genomforande$/);
		await expectAccessible(page);
	});
});

describe('the decisions API', () => {
	it('lists decisions and implementation, and a receipt carries its whole trace', async () => {
		const decisions = await (await fetch(`${baseURL}/api/v1/processes/${PARK}/decisions`)).json();
		expect(decisions.decisions[0]).toMatchObject({
			body: 'Tekniska nämnden',
			caseNumber: 'TN 2026/48',
			minutesParagraph: '§ 62'
		});
		const outcomes = decisions.decisions[0].outcomes as {
			outcome: string;
			reasons: string;
			perspectives: { text: string }[];
		}[];
		expect(outcomes.map((o) => o.outcome)).toEqual(['adopted', 'adoptedInPart', 'rejected', 'referred']);
		expect(outcomes.filter((o) => o.outcome !== 'adopted').every((o) => o.reasons.length > 20)).toBe(true);
		expect(JSON.stringify(decisions)).not.toMatch(/@|070-/);

		const implementation = await (await fetch(`${baseURL}/api/v1/processes/${PARK}/implementation`)).json();
		expect(implementation.items.map((i: { status: string }) => i.status)).toEqual(['done', 'inProgress']);

		const receipt = await (
			await fetch(`${baseURL}/api/v1/receipts/${RECEIPT.toLowerCase().replace(/-/g, ' ')}`)
		).json();
		expect(receipt.trace.reached).toBe('done');
		expect(receipt.trace.proposals[0]).toMatchObject({
			via: 'perspective',
			decision: { outcome: 'adopted' },
			implementation: { status: 'done', progress: 100 }
		});
		expect(JSON.stringify(receipt)).not.toContain('@');

		const missing = await fetch(`${baseURL}/api/v1/processes/finns-inte/decisions`);
		expect(missing.status).toBe(404);
		expect((await missing.json()).error.code).toBe('not_found');
		const doc = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining([
				'/api/v1/processes/{slug}/decisions',
				'/api/v1/processes/{slug}/implementation',
				'/api/v1/receipts/{receipt}'
			])
		);
	});
});
