import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { decodeBody, readMailbox } from './mailbox';
import { startServer, stopServer } from './server';
import { expectAccessible, JS_MODES, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');
const SLUG = 'tillsammans-i-lillby-arbetsgruppen';
const STAFF = `/hantera/processer/${SLUG}/arbetsgrupp`;

async function errorsShown(page: Page): Promise<string[]> {
	await page.waitForSelector('.error-summary');
	expect(await page.title()).toMatch(/^Fel: /);
	return page.locator('.error-summary a').allTextContents();
}

async function waitForMail(to: string): Promise<string> {
	for (let i = 0; i < 100; i++) {
		const mail = readMailbox(mailboxFile).find((m) => m.to.includes(to));
		if (mail) return decodeBody(mail.raw);
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no mail to ${to}`);
}

describe.each(JS_MODES)('the working group ($name)', ({ name, javaScriptEnabled }) => {
	const browser = useBrowser();
	const mode = javaScriptEnabled ? 'js' : 'nojs';
	const email = `ny.medlem.${mode}@lillby.example`;

	it('a facilitator composes the group: balance of roles, a theme nobody carried gets a carrier, the invitation is mailed', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, `/hantera/processer/${SLUG}`);
		await page.getByRole('link', { name: 'Arbetsgrupp, möten och förslag' }).click();
		await page.waitForURL(/\/arbetsgrupp$/);
		await expectAccessible(page);
		const balance = page.getByRole('table', { name: /^Roller i arbetsgruppen/ });
		const residents = async () =>
			Number(
				await balance
					.getByRole('row', { name: /^Invånare/ })
					.locator('td')
					.first()
					.textContent()
			);
		expect(
			await balance
				.getByRole('row', { name: /^Förtroendevalda/ })
				.locator('td')
				.first()
				.textContent()
		).toBe('4');
		const before = await residents();

		const form = page.locator('form[action="?/member"]');
		await form.getByRole('button', { name: 'Lägg till medlemmen' }).click();
		expect(await errorsShown(page)).toEqual([
			'Skriv medlemmens namn.',
			'Skriv en e-postadress som innehåller @, till exempel namn@exempel.se.',
			'Välj medlemmens roll.'
		]);
		await expectAccessible(page);
		await form.getByLabel('Namn', { exact: true }).fill(`Ny Medlem ${mode}`);
		await form.getByLabel('E-postadress').fill(email);
		await form.getByLabel('Invånare').check();
		await form.getByLabel('Vad bidrar personen med? (frivilligt)').fill('Åker buss varje dag');
		await form.getByLabel('Service och kommunikationer').check();
		await form.getByLabel(/^16–24 år/).check();
		await form.getByRole('button', { name: 'Lägg till medlemmen' }).click();
		await page.waitForURL(/klart=inbjuden/);
		expect(await page.getByRole('status').textContent()).toBe(
			'Inbjudan med personlig inloggningslänk ligger i kö för att skickas.'
		);
		await expectAccessible(page);
		expect(await residents()).toBe(before + 1);
		const row = page.getByRole('row', { name: new RegExp(`Ny Medlem ${mode}`) });
		expect(await row.textContent()).toContain('Service och kommunikationer');
		expect(
			(await page.locator('.composition-warnings').count()) === 0 ||
				!(await page.locator('.composition-warnings').textContent())!.includes('Service och kommunikationer')
		).toBe(true);

		const mail = await waitForMail(email);
		expect(mail).toContain('dialogen Tillsammans i Lillby');
		expect(mail).toMatch(/\/delta\/[A-Za-z0-9_-]{20,}/);

		// The public page shows roles, and names only for those who agreed: not this new member's name or email.
		await visit(page, `/processer/${SLUG}`);
		await page.getByRole('link', { name: 'Arbetsgruppen: möten, förslag och åtaganden' }).last().click();
		await page.waitForURL(/\/arbetsgrupp$/);
		await expectAccessible(page);
		const main = (await page.textContent('main')) ?? '';
		expect(main).toContain('Karin Sjöberg');
		expect(main).not.toContain(`Ny Medlem ${mode}`);
		expect(main).not.toContain('@lillby.example');
		expect(main).toContain('Åker buss varje dag');
	});

	it('a session runs with two pages following the live harvest; the facilitator publishes it afterwards', async () => {
		const facilitator = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(facilitator, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(facilitator, STAFF);
		const plan = facilitator.locator('form[action="?/session"]');
		await plan.getByLabel('Rubrik').fill(`Walk and talk ${mode}`);
		await plan.getByLabel('Datum').fill('2027-03-10');
		await plan.getByLabel('Plats').fill('Bron vid ån');
		await plan.getByLabel('Metod').selectOption('walk-and-talk');
		await plan.getByLabel('Dagordning (frivilligt)').fill('Samling vid bron.\nPromenad längs ån.');
		await plan.getByRole('button', { name: 'Planera mötet' }).click();
		await facilitator.waitForURL(/moten\/[0-9a-f-]+\?klart=planerat/);
		await expectAccessible(facilitator);
		const sessionPath = new URL(facilitator.url()).pathname;
		const publicPath = sessionPath.replace('/hantera', '');

		// Two watchers, signed in as the note-taking official: one with JavaScript, one without.
		const liveWatcher = await (await newContext(browser(), baseURL, true)).newPage();
		await signIn(liveWatcher, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(liveWatcher, publicPath);
		await liveWatcher.waitForSelector('[data-live-state="connected"]');
		await liveWatcher.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
		const plainWatcher = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(plainWatcher, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await visit(plainWatcher, publicPath);
		expect(await plainWatcher.textContent('main')).toContain('Inga anteckningar ännu.');

		await facilitator.getByRole('button', { name: 'Spara anteckningen' }).click();
		expect(await errorsShown(facilitator)).toEqual(['Skriv anteckningen.']);
		const note = `Bänkar längs ån gör att folk stannar och pratar (${name})`;
		await facilitator.getByLabel('Idé', { exact: true }).check();
		await facilitator.getByLabel('Anteckning', { exact: true }).fill(note);
		await facilitator.locator('form[action="?/note"]').getByLabel('Möten och mötesplatser').check();
		await facilitator.getByRole('button', { name: 'Spara anteckningen' }).click();
		await facilitator.waitForURL(/klart=anteckning/);
		expect(await facilitator.textContent('main')).toContain(note);

		// The page with JavaScript shows the note without reloading; the other sees it on reload.
		await liveWatcher.locator('.harvest-note', { hasText: note }).waitFor();
		expect(await liveWatcher.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
		expect(await liveWatcher.locator('.harvest-note', { hasText: note }).textContent()).toContain(
			'Möten och mötesplatser'
		);
		await expectAccessible(liveWatcher);
		await plainWatcher.reload();
		expect(await plainWatcher.locator('.harvest-note', { hasText: note }).count()).toBe(1);
		await expectAccessible(plainWatcher);

		// Before publication the public does not see the harvest; after, it does.
		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(visitor, publicPath);
		expect(await visitor.textContent('main')).toContain('Skörden publiceras efter mötet.');
		expect(await visitor.textContent('main')).not.toContain(note);
		await facilitator.getByRole('button', { name: 'Publicera skörden' }).click();
		await facilitator.waitForURL(/klart=publicerad/);
		expect(await facilitator.getByRole('button', { name: 'Spara anteckningen' }).count()).toBe(0);
		await visit(visitor, publicPath);
		expect(await visitor.locator('.harvest-note', { hasText: note }).count()).toBe(1);
	});

	it('a member signs in with the link from the invitation and prioritises: dots within the allowance and a 360° assessment', async () => {
		const link = (await waitForMail(email)).match(/https?:\/\/\S+\/delta\/[A-Za-z0-9_-]+/)![0];
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await page.goto(link);
		await page.waitForURL(/arbetsgrupp\?inloggad=1/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { name: 'Välkommen! Du är inloggad i arbetsgruppen.' }).count()).toBe(1);
		await page.getByRole('link', { name: 'Prioritera förslagen' }).click();
		await page.waitForURL(/prioritera$/);
		await expectAccessible(page);
		await page.getByLabel('Prickar till Gemensam vårstädning').fill('4');
		await page.getByLabel('Prickar till Skolan i mitten – en mer öppen och tillgänglig skola').fill('3');
		await page.getByRole('button', { name: 'Spara mina prickar' }).click();
		expect(await errorsShown(page)).toEqual(['Du har fler prickar än du får fördela. Ta bort några.']);
		expect(await page.getByLabel('Prickar till Gemensam vårstädning').inputValue()).toBe('4');
		await expectAccessible(page);
		await page.getByLabel('Prickar till Skolan i mitten – en mer öppen och tillgänglig skola').fill('1');
		await page.getByRole('button', { name: 'Spara mina prickar' }).click();
		await page.waitForURL(/klart=prickar/);
		expect(await page.getByRole('status').textContent()).toBe('Dina prickar är sparade.');
		expect(await page.getByLabel('Prickar till Gemensam vårstädning').inputValue()).toBe('4');

		const assess = page.locator('form.assess-form', { hasText: 'Gemensam vårstädning' });
		await assess
			.getByRole('group', { name: /^Hållbarhet/ })
			.getByLabel('4 – starkt')
			.check();
		await assess.getByRole('button', { name: 'Spara bedömningen av Gemensam vårstädning' }).click();
		const errors = await errorsShown(page);
		expect(errors).toEqual([
			'Välj en siffra från 1 till 5.',
			'Välj en siffra från 1 till 5.',
			'Välj en siffra från 1 till 5.'
		]);
		const again = page.locator('form.assess-form', { hasText: 'Gemensam vårstädning' });
		for (const criterion of ['Legitimitet', 'Service', 'Genomförbarhet'])
			await again
				.getByRole('group', { name: new RegExp(`^${criterion}`) })
				.getByLabel('5 – mycket starkt')
				.check();
		await again.getByRole('button', { name: 'Spara bedömningen av Gemensam vårstädning' }).click();
		await page.waitForURL(/klart=bedomning/);
		expect(await page.getByRole('status').textContent()).toBe('Din bedömning är sparad.');
		expect(
			await page
				.locator('form.assess-form', { hasText: 'Gemensam vårstädning' })
				.getByRole('group', { name: /^Hållbarhet/ })
				.getByLabel('4 – starkt')
				.isChecked()
		).toBe(true);

		// Staff cannot vote: the prioritising page sends anyone but members to the group's page.
		const staff = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(staff, 'processledare@solbacka.example', 'medskapa-demo');
		await staff.goto(`/processer/${SLUG}/arbetsgrupp/prioritera`);
		expect(new URL(staff.url()).pathname).toBe(`/processer/${SLUG}/arbetsgrupp`);
	});

	it('a facilitator records commitments; the public reads them and argues in a plain form', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(page, STAFF);
		await page.getByRole('link', { name: 'Gemensam vårstädning' }).click();
		await page.waitForURL(/forslag\/[0-9a-f-]+$/);
		await expectAccessible(page);
		expect(
			await page
				.getByRole('table', { name: /^Prickar och bedömning per roll/ })
				.getByRole('row', { name: /^Förtroendevalda/ })
				.count()
		).toBe(1);
		const add = page.locator('form[action="?/commitment"]');
		await add.getByRole('button', { name: 'Spara åtagandet' }).click();
		expect(await errorsShown(page)).toEqual([
			'Välj vem som åtar sig.',
			'Skriv vad som ska göras.',
			'Skriv vem som är ansvarig.',
			'Skriv när det ska vara klart, till exempel 2027-05-15.'
		]);
		await expectAccessible(page);
		const what = `Lånar ut släpvagn till städdagen (${mode})`;
		await add.getByLabel('Företag').check();
		await add.getByLabel('Vad?').fill(what);
		await add.getByLabel('Ansvarig').fill('Lillby Bygg AB');
		await add.getByLabel('Klart senast').fill('2027-04-17');
		await add.getByRole('button', { name: 'Spara åtagandet' }).click();
		await page.waitForURL(/klart=atagande/);
		const table = page.getByRole('table', { name: 'Åtaganden för Gemensam vårstädning' });
		const row = table.getByRole('row', { name: new RegExp(what.replace(/[()]/g, '.')) });
		expect(await row.textContent()).toContain('Planerad');

		// Cancelling needs a reason, which is then shown.
		const statusForm = page.locator('form.status-form', { hasText: what });
		await statusForm.getByLabel('Avbruten').check();
		await statusForm.getByRole('button', { name: /^Spara status/ }).click();
		expect(await errorsShown(page)).toEqual(['Skriv varför åtagandet avbryts.']);
		const retry = page.locator('form.status-form', { hasText: what });
		await retry.getByLabel('Avbruten').check();
		await retry.getByLabel('Skäl (krävs om åtagandet avbryts)').fill('Byalaget har en egen släpvagn.');
		await retry.getByRole('button', { name: /^Spara status/ }).click();
		await page.waitForURL(/klart=status/);
		expect(
			await page
				.getByRole('table', { name: 'Åtaganden för Gemensam vårstädning' })
				.getByRole('row', { name: new RegExp(what.replace(/[()]/g, '.')) })
				.textContent()
		).toContain('Avbruten: Byalaget har en egen släpvagn.');
		const proposalPath = new URL(page.url()).pathname.replace('/hantera', '');

		const visitor = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(visitor, proposalPath);
		expect(await visitor.textContent('main')).toContain(what);
		// Four elected members are too few to show on their own.
		expect(await visitor.getByRole('row', { name: /^Förtroendevalda/ }).textContent()).toContain(
			'Visas inte: för få i rollen'
		);
		await visitor.getByRole('button', { name: 'Skicka argumentet' }).click();
		expect(await errorsShown(visitor)).toEqual(['Välj om du är för eller emot förslaget.', 'Skriv ditt argument.']);
		await expectAccessible(visitor);
		const argument = `<script>alert(1)</script> Bra, men ordna skjuts för äldre (${mode}).`;
		await visitor.getByLabel('För', { exact: true }).check();
		await visitor.getByLabel('Ditt argument').fill(argument);
		await visitor.getByRole('button', { name: 'Skicka argumentet' }).click();
		await visitor.waitForURL(/klart=argument/);
		expect(
			await visitor.locator('.argument-text', { hasText: `Bra, men ordna skjuts för äldre (${mode}).` }).textContent()
		).toBe(argument);
		await expectAccessible(visitor);
	});
});

describe('working group API', () => {
	it('lists proposals with themes, perspectives, priority per role and commitments, and takes public arguments', async () => {
		const res = await fetch(`${baseURL}/api/v1/processes/${SLUG}/proposals`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.proposals.length).toBeGreaterThanOrEqual(3);
		const cleanUp = body.proposals.find((p: { title: string }) => p.title === 'Gemensam vårstädning');
		expect(cleanUp.themes.map((t: { name: string }) => t.name)).toEqual(
			expect.arrayContaining(['Möten och mötesplatser'])
		);
		expect(cleanUp.perspectives).toHaveLength(2);
		expect(cleanUp.perspectives[0]).toEqual({ id: expect.any(String), text: expect.any(String) });
		expect(cleanUp.priority.byRole.find((r: { role: string }) => r.role === 'elected')).toMatchObject({
			withheld: true,
			dots: null
		});
		expect(cleanUp.priority.byRole.find((r: { role: string }) => r.role === 'resident')).toMatchObject({
			withheld: false,
			dots: expect.any(Number)
		});
		expect(cleanUp.commitments.map((c: { party: string }) => c.party)).toEqual(
			expect.arrayContaining(['municipality', 'association', 'residents'])
		);
		expect(JSON.stringify(body)).not.toContain('@');

		const post = (id: string, payload: unknown) =>
			fetch(`${baseURL}/api/v1/processes/${SLUG}/proposals/${id}/arguments`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(payload)
			});
		const created = await post(cleanUp.id, { side: 'against', text: 'Glöm inte vägen mot skolan.' });
		expect(created.status).toBe(201);
		expect(await created.json()).toMatchObject({ id: expect.any(String), source: 'public' });
		const invalid = await post(cleanUp.id, { side: 'kanske' });
		expect(invalid.status).toBe(422);
		expect((await invalid.json()).error.fields.map((f: { field: string }) => f.field)).toEqual(['side', 'text']);
		const missing = await post('00000000-0000-4000-8000-000000000000', { side: 'for', text: 'x' });
		expect(missing.status).toBe(404);
		const closed = await fetch(`${baseURL}/api/v1/processes/leva-tillsammans-i-lillby/proposals`);
		expect((await closed.json()).proposals).toEqual([]);

		const openapi = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
		expect(Object.keys(openapi.paths)).toEqual(
			expect.arrayContaining([
				'/api/v1/processes/{slug}/proposals',
				'/api/v1/processes/{slug}/proposals/{id}/arguments'
			])
		);
		expect(openapi.components.schemas.Proposal).toBeDefined();
	});
});

describe('the live harvest across a server restart', () => {
	const browser = useBrowser();

	it('keeps notes taken mid-session and streams them again from the database after a restart', async () => {
		const server = await startServer();
		try {
			const context = await newContext(browser(), server.url, true);
			const page = await context.newPage();
			await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
			await page.goto(`${STAFF}`);
			await page.getByRole('link', { name: 'Open space: från idéer till förslag' }).click();
			await page.waitForURL(/moten\/[0-9a-f-]+$/);
			const sessionPath = new URL(page.url()).pathname;
			const note = 'Sagt precis före omstarten: byarådet kan träffas i bygdegården.';
			await page.getByLabel('Anteckning', { exact: true }).fill(note);
			await page.getByRole('button', { name: 'Spara anteckningen' }).click();
			await page.waitForURL(/klart=anteckning/);
			// A participant is following live when the server stops.
			const watcher = await context.newPage();
			await watcher.goto(`${server.url}${sessionPath.replace('/hantera', '')}`);
			await watcher.waitForSelector('[data-live-state="connected"]');
			expect(await stopServer(server)).toBe(0);

			const again = await startServer({ dataDir: server.dataDir });
			try {
				// The session cookie and the note are both in the database: the note is still there.
				await page.goto(`${again.url}${sessionPath}`);
				expect(await page.locator('.harvest-note', { hasText: note }).count()).toBe(1);
				// A reconnecting stream catches up from the database (here: from the start).
				const streamed = await page.evaluate(
					async (url) => {
						const controller = new AbortController();
						const res = await fetch(url, { signal: controller.signal });
						const reader = res.body!.getReader();
						let text = '';
						while (!text.includes('event: note')) text += new TextDecoder().decode((await reader.read()).value);
						controller.abort();
						return text;
					},
					`${again.url}${sessionPath.replace('/hantera', '')}/live?after=0`
				);
				expect(streamed).toContain(note);
				expect(streamed).toMatch(/^id: \d+$/m);
			} finally {
				await stopServer(again);
			}
		} finally {
			await stopServer(server);
			rmSync(server.dataDir, { recursive: true, force: true });
		}
	});
});
