import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { EVALUATION_DEMO_SLUG } from '../../src/lib/server/seed/demo-evaluation';
import { expectAccessible, JS_ON_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const PASSWORD = 'medskapa-demo';
const FACILITATOR = 'processledare@solbacka.example';
/** The survey journeys run on a process of their own, so that the demo's closed survey stays as it is. */
const SURVEY = 'trygg-storgatan';

async function errorSummary(page: Page): Promise<string[]> {
	await page.waitForSelector('.error-summary');
	expect(await page.title()).toMatch(/^Fel: /);
	return (await page.locator('.error-summary a').allTextContents()).map((m) => m.trim());
}

/** Tick one answer of a 1–5 question (or "again"): the radios are scoped by their fieldset. */
const choose = (page: Page, question: string, label: string) =>
	page.locator(`fieldset#${question}`).getByLabel(label, { exact: true }).check();

describe.each(JS_ON_ONLY)('evaluation, lessons and the next loop ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const mode = javaScriptEnabled ? 'a' : 'b';
	const newPage = async () => (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();

	it('a participant answers the survey once, after fixing a mistake; staff answer on their own page; small groups are not shown', async () => {
		const staff = await newPage();
		await signIn(staff, FACILITATOR, PASSWORD);
		await visit(staff, `/hantera/processer/${SURVEY}`);
		await staff.getByRole('link', { name: 'Utvärdering', exact: true }).click();
		await staff.waitForURL(new RegExp(`/hantera/processer/${SURVEY}/utvardering$`));
		await expectAccessible(staff);
		if ((await staff.getByRole('button', { name: 'Öppna enkäten' }).count()) > 0) {
			await staff.getByRole('button', { name: 'Öppna enkäten' }).click();
			await staff.waitForURL(/done=opened/);
			expect(await staff.getByRole('status').textContent()).toBe('Enkäten är öppen.');
		}
		expect(await staff.getByTestId('survey-status').textContent()).toContain('Enkäten är öppen.');

		const page = await newPage();
		await visit(page, `/processer/${SURVEY}`);
		await page.getByRole('link', { name: 'Svara på utvärderingen' }).click();
		await page.waitForURL(new RegExp(`/processer/${SURVEY}/utvardering$`));
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Utvärdering av dialogen');
		expect(await page.locator('fieldset#trust label').allTextContents()).toEqual([
			'1 – Ingen tillit alls',
			'2',
			'3',
			'4',
			'5 – Mycket stor tillit'
		]);

		// A mistake: only the first question answered. What was typed and ticked is kept.
		const comment = `Bra att mötena hölls i biblioteket (${mode}).`;
		await choose(page, 'trust', '4');
		await page.getByLabel('Vill du säga något mer? (frivilligt)').fill(comment);
		await page.getByRole('button', { name: 'Skicka svaren' }).click();
		expect(await errorSummary(page)).toEqual([
			'Välj hur väl du förstod hur dialogen gick till, från 1 till 5.',
			'Välj hur mycket du kunde påverka, från 1 till 5.',
			'Välj om du skulle vara med igen: ja, nej eller vet inte.'
		]);
		expect(await page.getByLabel('Vill du säga något mer? (frivilligt)').inputValue()).toBe(comment);
		expect(await page.locator('fieldset#trust').getByLabel('4', { exact: true }).isChecked()).toBe(true);
		await expectAccessible(page);

		await choose(page, 'understanding', '5 – Helt och hållet');
		await choose(page, 'influence', '3');
		await choose(page, 'again', 'Vet inte');
		await page.getByRole('button', { name: 'Skicka svaren' }).click();
		await page.waitForURL(/\?tack=1$/);
		expect(await page.getByRole('status').textContent()).toBe(
			'Tack för dina svar! De hjälper oss att göra nästa dialog bättre.'
		);
		expect(await page.getByRole('button', { name: 'Skicka svaren' }).count()).toBe(0);
		expect(await page.textContent('main')).toContain('Resultaten visas här när enkäten har stängts.');
		await expectAccessible(page);

		// The same browser cannot answer again.
		await page.goto(`/processer/${SURVEY}/utvardering`);
		expect(await page.getByRole('status').textContent()).toBe(
			'Du har redan svarat på enkäten från den här webbläsaren. Tack!'
		);

		// A staff member answers on the staff page (a different one per mode: each may answer once).
		const colleague = await newPage();
		await signIn(colleague, javaScriptEnabled ? 'tjansteperson@solbacka.example' : 'admin@solbacka.example', PASSWORD);
		await visit(colleague, `/hantera/processer/${SURVEY}/utvardering`);
		await colleague.getByRole('link', { name: 'Svara på enkäten som personal' }).click();
		await colleague.waitForURL(/\/utvardering\/svara$/);
		await expectAccessible(colleague);
		await choose(colleague, 'trust', '3');
		await choose(colleague, 'understanding', '4');
		await choose(colleague, 'influence', '2');
		await choose(colleague, 'again', 'Ja');
		await colleague.getByRole('button', { name: 'Skicka svaren' }).click();
		await colleague.waitForURL(/done=answered$/);
		expect(await colleague.getByRole('status').textContent()).toBe('Tack! Dina svar är sparade.');
		expect(await colleague.getByRole('link', { name: 'Svara på enkäten som personal' }).count()).toBe(0);
		// Fewer than five answers per group: no numbers at all.
		expect(await colleague.getByTestId('audience-participant').textContent()).toContain('För få svar för att visa.');
		expect(await colleague.getByTestId('audience-staff').textContent()).toContain('För få svar för att visa.');
		expect(await colleague.getByTestId('audience-staff').locator('table').count()).toBe(0);
		await expectAccessible(colleague);
	});

	it('shows the demo results publicly per group, and the comments, redacted, to staff only', async () => {
		const page = await newPage();
		await visit(page, `/processer/${EVALUATION_DEMO_SLUG}`);
		await page.getByRole('link', { name: 'Se resultatet av utvärderingen' }).click();
		await page.waitForURL(new RegExp(`/processer/${EVALUATION_DEMO_SLUG}/utvardering$`));
		await expectAccessible(page);
		expect(await page.textContent('main')).toContain('Enkäten är stängd.');
		const participants = page.getByTestId('audience-participant');
		expect(await participants.textContent()).toContain('40 svar');
		expect(
			await participants
				.getByRole('table', { name: 'Deltagare: svaren 1–5, antal (andel)' })
				.locator('tbody tr')
				.count()
		).toBe(3);
		expect(
			await participants
				.getByRole('table', { name: 'Deltagare: skulle vara med igen' })
				.locator('tbody tr')
				.first()
				.textContent()
		).toBe('Ja65 % (26)');
		expect(await page.getByTestId('audience-staff').textContent()).toContain('8 svar');
		expect(await page.textContent('main')).not.toContain('Kommentarer');

		const staff = await newPage();
		await signIn(staff, 'tjansteperson@solbacka.example', PASSWORD);
		await visit(staff, `/hantera/processer/${EVALUATION_DEMO_SLUG}/utvardering`);
		const comments = await staff
			.getByTestId('audience-participant')
			.locator('.evaluation-comments li')
			.allTextContents();
		expect(comments).toContain('Första gången jag har känt att kommunen lyssnar på oss i Lillby.');
		expect(comments.join(' ')).toContain('[borttaget]');
		expect(comments.join(' ')).not.toContain('070-123');
	});

	it('the facilitator records a lesson after a mistake, publishes it, edits it and withdraws it', async () => {
		// Free text is shown as text: a payload in the lesson must not run anywhere it is shown.
		const text = `Skriv inbjudan på lätt svenska och på arabiska (${mode}). <img src=x onerror=alert(1)>`;
		const page = await newPage();
		const dialogs: string[] = [];
		const watch = (p: Page) =>
			p.on('dialog', async (d) => {
				dialogs.push(d.message());
				await d.dismiss();
			});
		watch(page);
		await signIn(page, FACILITATOR, PASSWORD);
		await visit(page, `/hantera/processer/${EVALUATION_DEMO_SLUG}`);
		await page.getByRole('link', { name: 'Lärdomar', exact: true }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${EVALUATION_DEMO_SLUG}/lardomar$`));
		await expectAccessible(page);

		const add = page.locator('form[action="?/record"]');
		await add.getByLabel('Lärdom').fill(text);
		await add.getByRole('button', { name: 'Spara lärdomen' }).click();
		expect(await errorSummary(page)).toEqual(['Välj vilken sorts lärdom det är.']);
		expect(await page.locator('form[action="?/record"]').getByLabel('Lärdom').inputValue()).toBe(text);
		await expectAccessible(page);
		await page.locator('fieldset#kind').getByLabel('Nästa gång', { exact: true }).check();
		await page.locator('form[action="?/record"]').getByLabel('Visa för alla på dialogens sida').check();
		await page.getByRole('button', { name: 'Spara lärdomen' }).click();
		await page.waitForURL(/done=recorded/);
		expect(await page.getByRole('status').textContent()).toBe('Lärdomen är sparad.');
		await expectAccessible(page);

		const visitor = await newPage();
		watch(visitor);
		expect(await page.locator('main img').count()).toBe(0);
		await visit(visitor, `/processer/${EVALUATION_DEMO_SLUG}`);
		await visitor.getByRole('link', { name: 'Läs vad vi har lärt oss' }).click();
		await visitor.waitForURL(new RegExp(`/processer/${EVALUATION_DEMO_SLUG}/lardomar$`));
		await expectAccessible(visitor);
		expect(
			await visitor.locator('section', { has: visitor.getByRole('heading', { name: 'Nästa gång' }) }).textContent()
		).toContain(text);
		expect(await visitor.textContent('main')).toContain('perspektivrapport utan censur');
		expect(await visitor.locator('main img').count()).toBe(0);
		expect(dialogs).toEqual([]);
		// A lesson the facilitator kept for staff is not shown.
		expect(await visitor.textContent('main')).not.toContain('Förankringen inom kommunen kom för sent.');

		const card = page.locator('li.card', { hasText: text });
		await card.locator('summary').click();
		const edited = `${text} Och på somaliska.`;
		await card.getByLabel('Lärdom').fill(edited);
		await card.getByRole('button', { name: 'Spara ändringarna' }).click();
		await page.waitForURL(/done=revised/);
		expect(await page.getByRole('status').textContent()).toBe('Ändringen är sparad.');
		const editedCard = page.locator('li.card', { hasText: edited });
		await editedCard.locator('summary').click();
		await editedCard.getByRole('button', { name: 'Ta bort lärdomen' }).click();
		await page.waitForURL(/done=withdrawn/);
		expect(await page.getByRole('status').textContent()).toBe('Lärdomen är borttagen.');
		expect(await page.textContent('main')).not.toContain(edited);
		await visitor.goto(`/processer/${EVALUATION_DEMO_SLUG}/lardomar`);
		expect(await visitor.textContent('main')).not.toContain(text);
	});

	it('starts the next loop from implementation, and the new draft shows what was carried over', async () => {
		const title = `Skolskogen ${mode.toUpperCase()}`;
		const slug = `skolskogen-${mode}`;
		const page = await newPage();
		await signIn(page, FACILITATOR, PASSWORD);
		await page.goto('/hantera/processer/ny');
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Webbadress (frivilligt)').fill(slug);
		await page.getByLabel('Frågan').fill('Hur vill vi använda skogen vid skolan?');
		await page.getByLabel('Vad går att påverka? (krävs för att publicera)').fill('Vad skogen används till.');
		await page.getByLabel('Vem beslutar? (krävs för att publicera)').fill('Barn- och utbildningsnämnden');
		await page.getByLabel('När fattas beslutet? (krävs för att publicera)').fill('I maj 2027');
		await page.getByLabel('Hur och när får deltagarna återkoppling? (krävs för att publicera)').fill('Här på sidan.');
		await page.getByRole('button', { name: 'Skapa dialog' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}\\?done=created$`));
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.waitForURL(/done=published/);
		for (const phase of [
			'Perspektivinsamling',
			'Sammanställ & återkoppla',
			'Dialog & medskapande',
			'Förslag & åtaganden',
			'Beslut',
			'Genomförande'
		]) {
			expect(await page.getByRole('link', { name: 'Starta nästa varv' }).count()).toBe(0);
			await page.getByRole('button', { name: `Gå vidare till ${phase}` }).click();
			await page.getByRole('button', { name: `Ja, gå vidare till ${phase}` }).click();
			await page.waitForURL(/done=advanced/);
		}
		await expectAccessible(page);

		const lesson = `Eleverna själva hittade de bästa platserna (${mode}).`;
		await page.goto(`/hantera/processer/${slug}/lardomar`);
		await page.locator('fieldset#kind').getByLabel('Fungerade bra', { exact: true }).check();
		await page.locator('form[action="?/record"]').getByLabel('Lärdom').fill(lesson);
		await page.getByRole('button', { name: 'Spara lärdomen' }).click();
		await page.waitForURL(/done=recorded/);

		await page.goto(`/hantera/processer/${slug}`);
		await page.getByRole('link', { name: 'Starta nästa varv' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}/nasta-varv$`));
		await expectAccessible(page);
		expect(await page.getByLabel('Titel på den nya dialogen').inputValue()).toBe(`${title} – varv 2`);
		expect(await page.getByLabel('Webbadress').inputValue()).toBe(`${slug}-varv-2`);
		expect(await page.getByLabel('Fråga').inputValue()).toBe('Hur vill vi använda skogen vid skolan?');
		expect(await page.getByTestId('carry-over').textContent()).toContain(lesson);

		// A mistake: no title. The rest is kept.
		await page.getByLabel('Titel på den nya dialogen').fill('');
		await page.getByLabel('Fråga').fill('Hur når vi fler elever och föräldrar i skogen?');
		await page.getByRole('button', { name: 'Starta nästa varv' }).click();
		expect(await errorSummary(page)).toEqual(['Skriv en titel.']);
		expect(await page.getByLabel('Fråga').inputValue()).toBe('Hur når vi fler elever och föräldrar i skogen?');
		await expectAccessible(page);
		await page.getByLabel('Titel på den nya dialogen').fill(`${title} – varv 2`);
		await page.getByRole('button', { name: 'Starta nästa varv' }).click();
		await page.waitForURL(new RegExp(`/hantera/processer/${slug}-varv-2\\?done=created$`));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${title} – varv 2`);
		expect(await page.textContent('main')).toContain('Utkast – syns inte för allmänheten');
		const carried = page.getByTestId('carry-over');
		expect(await carried.getByRole('heading', { level: 2 }).textContent()).toBe('Från förra varvet');
		expect(await carried.textContent()).toContain('Hur vill vi använda skogen vid skolan?');
		expect(await carried.textContent()).toContain(lesson);
		expect(await carried.getByRole('link', { name: title }).count()).toBe(1);
		await expectAccessible(page);

		await visit(page, `/hantera/processer/${slug}-varv-2/plan`);
		expect(await page.getByTestId('carry-over').textContent()).toContain(lesson);

		// The draft's preview links to the previous loop; the previous loop's staff page links to the new one.
		await visit(page, `/processer/${slug}-varv-2`);
		expect(await page.getByTestId('previous-loop').getByRole('link', { name: title }).getAttribute('href')).toBe(
			`/processer/${slug}`
		);
		await visit(page, `/hantera/processer/${slug}`);
		expect(await page.getByTestId('next-loop').getByRole('link').textContent()).toBe(`${title} – varv 2`);
		expect(await page.getByRole('link', { name: 'Starta nästa varv' }).count()).toBe(0);
	});
});
