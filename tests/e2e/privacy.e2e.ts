import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, PARTICIPANT_MODES, newContext, useBrowser, visit } from './support';

const baseURL = inject('baseURL');

describe.each(PARTICIPANT_MODES)('a resident and their own data ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('sees what is stored, downloads it, removes it, and withdraws the perspective from the receipt page', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		const email = `integritet-${javaScriptEnabled ? 'på' : 'av'}@example.se`;
		const text = `Mina uppgifter ${javaScriptEnabled}: fler bänkar vid stationen.`;
		await page.goto('/processer/trygg-storgatan/bidra');
		await page.getByLabel('Vad är viktigt för dig i den här frågan?').fill(text);
		await page.getByLabel('E-postadress (frivilligt)').fill(email);
		await page.getByLabel('Ålder (frivilligt)').selectOption('65+');
		await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
		await page.waitForURL(/\/kvitto\/.+\?ny=1/);
		const receipt = (await page.getByTestId('receipt-code').textContent())!;
		await visit(page, `/kvitto/${receipt}`);
		const own = page.getByRole('region', { name: 'Dina uppgifter' });
		// Masked on screen (the page may be open on a shared screen); the download has it in full.
		expect(await own.textContent()).toContain(`in***@example.se`);
		expect(await own.textContent()).not.toContain(email);
		expect(await own.textContent()).toContain('65 år eller äldre');

		const download = await page.request.get(`/kvitto/${receipt}/mina-uppgifter.json`);
		expect(download.headers()['content-disposition']).toContain('attachment');
		expect(await download.json()).toMatchObject({
			receipt,
			perspective: { text },
			contact: { email },
			profile: { ageBand: '65+' }
		});

		await own.getByRole('button', { name: 'Ta bort mina personuppgifter' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Kryssa i rutan för att bekräfta att dina personuppgifter ska tas bort.'
		]);
		await expectAccessible(page);
		await page.getByLabel('Ja, ta bort mina kontaktuppgifter och min beskrivning').check();
		await page.getByRole('button', { name: 'Ta bort mina personuppgifter' }).click();
		await page.waitForURL(/klart=raderat/);
		expect(await page.getByRole('status').textContent()).toContain(
			'Dina kontaktuppgifter och din beskrivning är borttagna.'
		);
		expect(await page.getByRole('region', { name: 'Dina uppgifter' }).textContent()).not.toContain('in***@example.se');
		expect(await page.textContent('main')).toContain(text);

		await page.getByLabel('Ja, dra tillbaka mitt perspektiv').check();
		await page.getByRole('button', { name: 'Dra tillbaka perspektivet' }).click();
		await page.waitForURL(/klart=tillbakadraget/);
		expect(await page.getByRole('status').textContent()).toContain('Texten sparas bara som allmän handling.');
		expect(await page.textContent('main')).toContain('Tillbakadraget av dig.');
		expect(await page.getByRole('button', { name: 'Dra tillbaka perspektivet' }).count()).toBe(0);
		await expectAccessible(page);
	});

	it('reads how personal data is handled, linked from every page', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await page.goto('/');
		await page.getByRole('link', { name: 'Personuppgifter' }).click();
		await page.waitForURL(/\/dataskydd$/);
		await expectAccessible(page);
		const main = (await page.textContent('main'))!;
		expect(main).toContain('Solbacka kommun ansvarar för personuppgifterna');
		expect(main).toContain('Kontaktuppgifter tas bort automatiskt 90 dagar efter att dialogens sista fas har slutat.');
		expect(main).toContain('dataskyddsombud@solbacka.example');
	});
});
