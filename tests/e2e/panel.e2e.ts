import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rerunDraw, type VerificationFile } from '../../src/lib/domain/panel/draw';
import { useBrowser, expectAccessible, JS_ON_ONLY, newContext, signIn, visit } from './support';

const baseURL = inject('baseURL');
const FACILITATOR = { email: 'processledare@solbacka.example', password: 'medskapa-demo' };
const HEADER = 'namn;e-post;telefon;Åldersgrupp;Kön';

const csvFile = (lines: string[]) => ({
	name: 'anmalda.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from([HEADER, ...lines].join('\n'))
});

async function submit(page: Page, name: string) {
	await page.getByRole('button', { name, exact: true }).click();
	await page.waitForLoadState('load');
}

describe.each(JS_ON_ONLY)('a panel drawn by lot ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const letter = javaScriptEnabled ? 'a' : 'b';
	const slug = `medborgarpanel-fritid-${letter}`;
	const seed = `e2e lotto ${letter} 7 11 21`;

	it('a facilitator creates a panel, a resident signs up, a file is imported, quotas are set, and the panel is drawn with a public seed', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await page.goto('/hantera/processer/ny');
		await page.getByLabel('Titel').fill(`Medborgarpanel om fritid ${letter.toUpperCase()}`);
		await page.getByLabel('Webbadress (frivilligt)').fill(slug);
		await page.getByLabel('Frågan').fill('Vad ska kommunen satsa på inom fritid?');
		await page
			.getByLabel('Vad går att påverka? (krävs för att publicera)')
			.fill('Vilka fritidsverksamheter som prioriteras.');
		await page.getByLabel('Vem beslutar? (krävs för att publicera)').fill('Kultur- och fritidsnämnden');
		await page.getByLabel('När fattas beslutet? (krävs för att publicera)').fill('I juni 2027');
		await page
			.getByLabel('Hur och när får deltagarna återkoppling? (krävs för att publicera)')
			.fill('Vi mejlar panelen och publicerar beslutet här.');
		await page.getByRole('button', { name: 'Skapa dialog' }).click();
		await page.waitForURL(/done=created/);
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.waitForURL(/done=published/);
		await page.getByRole('link', { name: 'Urval till medborgarpanel' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}/urval$`));
		await expectAccessible(page);

		// A rejected form keeps what was typed.
		await page.getByLabel('Panelens namn').fill('Fritidspanelen');
		await page.getByLabel('Antal platser i panelen').fill('ett');
		await submit(page, 'Skapa panelen');
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv antalet platser som ett heltal från 2 till 500.'
		]);
		expect(await page.getByLabel('Panelens namn').inputValue()).toBe('Fritidspanelen');
		await expectAccessible(page);
		await page.getByLabel('Antal platser i panelen').fill('4');
		await page.getByLabel('Antal reserver').fill('2');
		await submit(page, 'Skapa panelen');
		await page.waitForURL(/done=created/);
		expect(await page.getByRole('status').textContent()).toContain('Panelen är skapad');
		await page.getByRole('button', { name: 'Öppna anmälan' }).click();
		await page.waitForURL(/done=opened/);
		await expectAccessible(page);

		// A resident signs up through the public form; consent is required.
		const resident = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(resident, `/processer/${slug}`);
		await resident.getByRole('link', { name: 'Anmäl intresse' }).click();
		await resident.waitForURL(new RegExp(`/processer/${slug}/anmal$`));
		await expectAccessible(resident);
		await resident.getByLabel('Namn').fill('Greta Sandberg');
		await resident.getByLabel('E-postadress').fill(`greta.${letter}@fritid.example`);
		await resident.getByLabel('Åldersgrupp').selectOption({ label: '65 år eller äldre' });
		await resident.getByLabel('Kön').selectOption({ label: 'Kvinna' });
		await submit(resident, 'Anmäl intresse');
		await resident.waitForSelector('.error-summary');
		expect(await resident.locator('.error-summary a').allTextContents()).toEqual([
			'Kryssa i att du samtycker för att kunna anmäla dig.'
		]);
		expect(await resident.getByLabel('Namn').inputValue()).toBe('Greta Sandberg');
		await expectAccessible(resident);
		await resident.getByLabel('Ja, jag samtycker').check();
		await submit(resident, 'Anmäl intresse');
		await resident.waitForURL(/\/anmal\/tack$/);
		expect(await resident.getByRole('status').textContent()).toContain('Din anmälan till Fritidspanelen är mottagen.');
		await expectAccessible(resident);

		// Import: a file with a bad row adds nobody and names the row; a good file adds everyone.
		await page
			.getByLabel('Fil (CSV eller Excel)')
			.setInputFiles(csvFile(['Anna Berg;anna@fritid.example;;16-24;kvinna', 'Bo Ek;bo-at-fritid;;25-44;man']));
		await submit(page, 'Läs in');
		await page.waitForSelector('.error-summary');
		expect(await page.textContent('#import-errors')).toContain('Rad 3: e-postadressen "bo-at-fritid" ser inte rätt ut');
		expect(await page.getByRole('table', { name: 'Kön' }).getByRole('row', { name: /Man/ }).textContent()).toContain(
			'0'
		);
		await expectAccessible(page);
		await page
			.getByLabel('Fil (CSV eller Excel)')
			.setInputFiles(
				csvFile([
					`Anna Berg;anna.${letter}@fritid.example;;16-24;kvinna`,
					`Bo Ek;bo.${letter}@fritid.example;;25-44;man`,
					`Cia Holm;cia.${letter}@fritid.example;;45-64;Kvinna`,
					`Dan Lund;dan.${letter}@fritid.example;070-111 22 33;65+;Man`,
					`Eva Nilsson;eva.${letter}@fritid.example;;25–44 år;man`,
					`Fred Olsson;fred.${letter}@fritid.example;;45-64;man`
				])
			);
		await submit(page, 'Läs in');
		await page.waitForURL(/imported=6/);
		expect(await page.getByRole('status').textContent()).toBe('6 anmälda är inlästa.');
		expect(await page.textContent('main')).toContain('7 (1 via formuläret, 6 från fil)');

		// Quotas: impossible ones are explained with a suggested change; possible ones pass.
		await page.getByRole('link', { name: 'Kvoter och genomförbarhet' }).click();
		await page.waitForURL(/\/urval\/kvoter$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 2, name: /Kvoterna går/ }).textContent()).toBe(
			'Kvoterna går att uppfylla'
		);
		await page.getByLabel('Minst, Kön Kvinna').fill('4');
		await page.getByLabel('Minst, Kön Man').fill('1');
		await submit(page, 'Spara kvoterna');
		await page.waitForURL(/done=saved/);
		const feasibility = (await page.locator('section[aria-labelledby="feasibility-heading"]').textContent()) ?? '';
		expect(feasibility).toContain('Kvoterna går inte att uppfylla');
		expect(feasibility).toContain('Bara 3 anmälda har Kön Kvinna, men minst 4 ska vara med.');
		await expectAccessible(page);
		await page.getByLabel('Högst, Kön Kvinna').fill('x');
		await submit(page, 'Spara kvoterna');
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv ett heltal från 0 till panelens storlek.'
		]);
		await expectAccessible(page);
		for (const [label, value] of [
			['Minst, Kön Kvinna', '2'],
			['Högst, Kön Kvinna', '2'],
			['Minst, Kön Man', '2'],
			['Högst, Kön Man', '2']
		])
			await page.getByLabel(label).fill(value);
		await submit(page, 'Spara kvoterna');
		await page.waitForURL(/done=saved/);
		expect(await page.getByRole('heading', { level: 2, name: /Kvoterna går/ }).textContent()).toBe(
			'Kvoterna går att uppfylla'
		);

		// The lottery is computed off the request; the page shows the state until it is ready.
		await page.getByRole('link', { name: 'Lotteri och dragning' }).click();
		await page.waitForURL(/\/urval\/dragning$/);
		await expectAccessible(page);
		await submit(page, 'Beräkna lotteriet');
		await page.waitForURL(/done=computing/);
		for (let i = 0; i < 60 && !(await page.getByRole('button', { name: 'Dra panelen' }).count()); i++) {
			await new Promise((r) => setTimeout(r, 500));
			await page.goto(`/hantera/processer/${slug}/urval/dragning`);
		}
		// 3 women share 2 seats, 4 men the other 2: two in three and one in two.
		const gender = page.getByRole('table', { name: 'Kön' });
		expect(await gender.getByRole('row', { name: /Kvinna/ }).textContent()).toContain('67 %');
		expect(await gender.getByRole('row', { name: /Man/ }).textContent()).toContain('50 %');
		await expectAccessible(page);
		await page.getByLabel('Slumptal').fill(seed);
		await submit(page, 'Dra panelen');
		await page.waitForURL(/done=drawn/);
		expect(await page.getByRole('status').textContent()).toBe('Panelen är dragen.');
		expect(await page.textContent('main')).toContain(seed);
		expect(await page.textContent('main')).toContain('Valda (4)');
		await expectAccessible(page);

		// The public page explains the method and offers the verification file, which re-runs to the same panel.
		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(visitor, `/processer/${slug}/urval`);
		const main = (await visitor.textContent('main')) ?? '';
		expect(main).toContain('LEXIMIN');
		expect(main).toContain(seed);
		expect(main).toContain('7 personer har anmält intresse.');
		expect(
			await visitor
				.getByRole('table', { name: 'Kön' })
				.getByRole('row', { name: /Kvinna/ })
				.textContent()
		).toContain('färre än 5');
		expect(main).not.toContain('Greta');
		const href = await visitor.getByRole('link', { name: 'Ladda ner verifieringsfilen (JSON)' }).getAttribute('href');
		const response = await visitor.request.get(href!);
		expect(response.status()).toBe(200);
		const text = await response.text();
		expect(text).not.toMatch(/@fritid|Greta|Berg/);
		const file = JSON.parse(text) as VerificationFile;
		expect(file).toMatchObject({ seed, procedure: 'medskapa-draw-v1', inputs: { panelSize: 4, volunteers: 7 } });
		expect(rerunDraw(file)).toEqual({ drawnIndex: file.drawnIndex, selected: file.selected, reserves: file.reserves });
		expect(file.selected).toHaveLength(4);
	});

	it('shows the demo panel to staff and the public, and keeps names from officials', async () => {
		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(visitor, '/processer/leva-tillsammans-i-lillby');
		await visitor.getByRole('link', { name: 'Om lottningen till panelen' }).click();
		await visitor.waitForURL(/\/leva-tillsammans-i-lillby\/urval$/);
		await expectAccessible(visitor);
		const main = (await visitor.textContent('main')) ?? '';
		expect(main).toContain('2026-12-05 Lillby bygdegård: 4 17 23 31 38');
		expect(main).toContain('150 personer har anmält intresse.');
		expect(main).toMatch(/Alla som kunde bli valda hade minst \d+(,\d)? % chans\./);

		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		for (const path of ['urval', 'urval/kvoter', 'urval/dragning', 'urval/inbjudningar'])
			await visit(page, `/hantera/processer/leva-tillsammans-i-lillby/${path}`);
		expect(await page.getByRole('table', { name: 'Valda' }).locator('tbody tr').count()).toBe(16);
		expect(await page.getByRole('table', { name: 'Reserver' }).locator('tbody tr').count()).toBe(6);

		const official = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(official, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(official, '/hantera/processer/leva-tillsammans-i-lillby/urval/dragning');
		expect((await official.goto('/hantera/processer/leva-tillsammans-i-lillby/urval/inbjudningar'))?.status()).toBe(
			403
		);
	});
});
