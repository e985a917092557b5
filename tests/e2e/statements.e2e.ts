import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, JS_MODES, newContext, PARTICIPANT_MODES, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const LILLBY = 'leva-tillsammans-i-lillby';
const PROGRESS = /Du har tagit ställning till (\d+) av (\d+) påståenden\./;

async function progressOf(page: Page): Promise<{ voted: number; total: number }> {
	const m = PROGRESS.exec((await page.getByTestId('progress').textContent()) ?? '');
	expect(m, 'progress line').not.toBeNull();
	return { voted: Number(m![1]), total: Number(m![2]) };
}

describe.each(JS_MODES)('statements: participant, facilitator and results ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('a participant votes one statement at a time, changes an answer, and submits a statement; the facilitator approves it; the results show groups and a table', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, `/processer/${LILLBY}`);
		await page.getByRole('link', { name: 'Ta ställning till påståenden' }).click();
		await page.waitForURL(new RegExp(`/processer/${LILLBY}/pastaenden$`));
		await expectAccessible(page);
		const start = await progressOf(page);
		expect(start.voted).toBe(0);
		expect(start.total).toBeGreaterThanOrEqual(25);

		const seen: string[] = [];
		for (const [i, button] of ['Håller med', 'Håller inte med', 'Pass/vet inte'].entries()) {
			const text = (await page.getByTestId('statement').textContent())!.trim();
			expect(seen).not.toContain(text);
			seen.push(text);
			await page.locator('#vote-buttons').getByRole('button', { name: button, exact: true }).click();
			await page.waitForURL(/\?forra=/);
			expect(await progressOf(page)).toEqual({ voted: i + 1, total: start.total });
		}
		await expectAccessible(page);

		// Change the last answer: the last vote wins, and progress does not count it twice.
		expect(await page.locator('details.previous summary').textContent()).toBe(
			'Ditt svar på förra påståendet: Pass/vet inte'
		);
		await page.locator('details.previous summary').click();
		await page.locator('#previous').getByRole('button', { name: 'Håller med', exact: true }).click();
		await page.waitForURL(/\?forra=/);
		expect(await page.locator('details.previous summary').textContent()).toBe(
			'Ditt svar på förra påståendet: Håller med'
		);
		expect(await progressOf(page)).toEqual({ voted: 3, total: start.total });

		// Own statement: a mistake first, then sent for moderation.
		await page.getByRole('button', { name: 'Skicka påståendet' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv ett påstående.']);
		await expectAccessible(page);
		const own = `Skolgården borde vara öppen för alla på helgerna (${javaScriptEnabled ? 'js' : 'utan js'}).`;
		await page.getByLabel('Ditt påstående').fill(own);
		await page.getByRole('button', { name: 'Skicka påståendet' }).click();
		await page.waitForURL(/skickat=1/);
		expect(await page.getByRole('status').allTextContents()).toContain(
			'Tack! Ditt påstående är skickat. En processledare granskar det innan det visas för andra.'
		);
		await expectAccessible(page);

		// The facilitator finds it in the moderation queue and approves it.
		const staff = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(staff, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(staff, `/hantera/processer/${LILLBY}`);
		await staff.getByRole('link', { name: 'Påståenden', exact: true }).click();
		await staff.waitForURL(new RegExp(`/hantera/processer/${LILLBY}/pastaenden$`));
		await expectAccessible(staff);
		const card = staff.locator('li.card', { hasText: own });
		await card.getByRole('button', { name: 'Avvisa' }).click();
		await staff.waitForSelector('.error-summary');
		expect(await staff.locator('.error-summary a').allTextContents()).toEqual(['Skriv varför påståendet avvisas.']);
		await expectAccessible(staff);
		await staff.locator('li.card', { hasText: own }).getByRole('button', { name: 'Godkänn' }).click();
		await staff.waitForURL(/done=approved/);
		expect(await staff.getByRole('status').textContent()).toBe('Påståendet är godkänt och visas för deltagare.');
		expect(await staff.locator('tr', { hasText: own }).locator('td').nth(2).textContent()).toBe('Visas');
		await expectAccessible(staff);

		// The participant now has one more statement to take a stand on.
		await page.goto(`/processer/${LILLBY}/pastaenden`);
		expect(await progressOf(page)).toEqual({ voted: 3, total: start.total + 1 });

		// Results: groups described by statements, consensus, the chart and its table.
		await page.getByRole('link', { name: 'Se åsiktsgrupperna' }).click();
		await page.waitForURL(new RegExp(`/processer/${LILLBY}/pastaenden/resultat$`));
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Åsiktsgrupper');
		expect(await page.getByTestId('computed-at').textContent()).toMatch(/^Räknat .+ från \d+ svar av \d+ deltagare\.$/);
		expect(await page.getByRole('heading', { level: 3, name: /^Grupp A/ }).count()).toBe(1);
		expect(await page.getByRole('heading', { level: 3, name: /^Grupp B/ }).count()).toBe(1);
		expect(await page.getByTestId('consensus-agree').textContent()).toContain(
			'Skolan är det viktigaste vi har i Lillby.'
		);
		expect(await page.getByTestId('divisive').textContent()).toContain('De nya invånarna är en tillgång för byn.');
		expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
		const table = page.getByTestId('group-table');
		expect(await table.locator('caption').textContent()).toBe(
			'Andel som håller med / håller inte med / pass, per påstående och grupp'
		);
		expect(await table.locator('tbody tr').count()).toBe(start.total + 1);
	});

	it("shows participants' statements waiting for moderation only to those who may moderate them", async () => {
		const official = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(official, 'tjansteperson@solbacka.example', 'medskapa-demo');
		await official.goto(`/hantera/processer/${LILLBY}/pastaenden`);
		const seen = (await official.textContent('main')) ?? '';
		expect(seen).toContain('Skolan är det viktigaste vi har i Lillby.');
		expect(seen).not.toContain('Bygg en padelbana bakom skolan.');
		expect(await official.getByRole('heading', { name: /Väntar på granskning/ }).count()).toBe(0);
		await expectAccessible(official);

		const facilitator = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(facilitator, 'processledare@solbacka.example', 'medskapa-demo');
		await facilitator.goto(`/hantera/processer/${LILLBY}/pastaenden`);
		expect(await facilitator.textContent('main')).toContain('Bygg en padelbana bakom skolan.');
	});
});

describe.each(PARTICIPANT_MODES)('the opinion map explains itself ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();

	it('a resident on a phone reads what sets each group apart, with the count behind each share, and where every group agrees', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await page.setViewportSize({ width: 320, height: 800 });
		await visit(page, `/processer/${LILLBY}/pastaenden/resultat`);
		const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

		for (const label of ['A', 'B']) {
			const items = (await page.getByTestId(`set-apart-${label}`).locator('li').allTextContents()).map(clean);
			expect(items.length).toBeGreaterThanOrEqual(3);
			expect(items.length).toBeLessThanOrEqual(5);
			const sentence = new RegExp(
				`^«.+» ?\\d+ % i grupp ${label} höll (inte )?med \\((\\d+) av (\\d+) som svarade\\) – jämfört med \\d+ % av alla andra\\.$`
			);
			for (const item of items) {
				const m = sentence.exec(item);
				expect(m, item).not.toBeNull();
				// Never a number that rests on fewer than 5 answers.
				expect(Number(m![3])).toBeGreaterThanOrEqual(5);
				expect(Number(m![2])).toBeLessThanOrEqual(Number(m![3]));
			}
		}
		// The seeded village: one group welcomes the newcomers, the other does not.
		const both = clean(
			(await page.getByTestId('set-apart-A').textContent())! + (await page.getByTestId('set-apart-B').textContent())!
		);
		expect(both).toMatch(/«De nya invånarna är en tillgång för byn\.» ?\d+ % i grupp [AB] höll med/);
		expect(both).toMatch(/«De nya invånarna är en tillgång för byn\.» ?\d+ % i grupp [AB] höll inte med/);

		const broad = page.getByTestId('broad-agreement');
		expect(await broad.getByRole('heading', { level: 2 }).textContent()).toBe('Bred enighet i alla grupper');
		const statements = (await broad.locator('ul li').allTextContents()).map(clean);
		expect(statements.length).toBeGreaterThan(0);
		for (const item of statements) expect(item).toMatch(/^«.+» ?Bred enighet: i alla grupper höll minst \d+ % med\.$/);
		expect(statements.join(' ')).toContain('«Skolan är det viktigaste vi har i Lillby.»');
		const table = page.getByTestId('broad-table');
		expect(await table.locator('caption').textContent()).toBe(
			'Hur många i varje grupp som höll med om påståendena med bred enighet'
		);
		expect(await table.locator('tbody tr').count()).toBe(statements.length);
		for (const cell of (await table.locator('tbody td').allTextContents()).map(clean)) {
			const [, count, of, pct] = /^(\d+) av (\d+) \((\d+) %\)$/.exec(cell) ?? [];
			expect(Number(of), cell).toBeGreaterThanOrEqual(5);
			expect(Number(pct)).toBeGreaterThanOrEqual(70);
			expect(Number(count)).toBeLessThanOrEqual(Number(of));
		}
		// 320 px: the page itself does not scroll sideways (wide tables scroll in their own region).
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expectAccessible(page);
	});
});

describe('statements API', () => {
	const url = (path: string) => `${baseURL}/api/v1/processes/${LILLBY}/${path}`;
	const post = (path: string, body: unknown, cookie = '') =>
		fetch(url(path), {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
			body: JSON.stringify(body)
		});

	it('votes (201, then 200 when replaced), takes statements for moderation, refuses bad input, and serves the map', async () => {
		const map = await (await fetch(url('opinion-map'))).json();
		expect(map.enough).toBe(true);
		expect(map.computedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(map.groups.length).toBeGreaterThanOrEqual(2);
		expect(map.groups[0]).toMatchObject({ id: 'A', size: expect.any(Number) });
		expect(map.groups[0].representativeStatements[0]).toMatchObject({
			text: expect.any(String),
			direction: expect.stringMatching(/^(agree|disagree)$/),
			group: { agreePct: expect.any(Number) }
		});
		expect(JSON.stringify(map)).not.toMatch(/members|participantId/);
		const statementId = map.consensus.agree[0].id;

		const first = await post('votes', { statementId, vote: 'agree' });
		expect(first.status).toBe(201);
		const cookie = first.headers.get('set-cookie')!.split(';')[0];
		expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/i);
		expect(await first.json()).toMatchObject({ statementId, vote: 'agree', replaced: false, progress: { voted: 1 } });
		const again = await post('votes', { statementId, vote: 'disagree' }, cookie);
		expect(again.status).toBe(200);
		expect(await again.json()).toMatchObject({ vote: 'disagree', replaced: true, progress: { voted: 1 } });

		const invalid = await post('votes', { statementId: 'nej', vote: 'kanske' }, cookie);
		expect(invalid.status).toBe(422);
		expect((await invalid.json()).error.fields.map((f: { field: string }) => f.field)).toEqual(['statementId', 'vote']);
		const unknown = await post('votes', { statementId: '00000000-0000-4000-8000-000000000000', vote: 'agree' }, cookie);
		expect(unknown.status).toBe(404);
		expect((await unknown.json()).error.code).toBe('statement_not_found');
		expect(
			(
				await fetch(`${baseURL}/api/v1/processes/finns-inte/votes`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{}'
				})
			).status
		).toBe(404);

		const created = await post('statements', { text: 'Fler sittplatser vid busshållplatsen.' }, cookie);
		expect(created.status).toBe(201);
		expect(await created.json()).toMatchObject({
			status: 'pending',
			message: 'Tack! Påståendet granskas innan det visas för andra.'
		});
		const tooLong = await post('statements', { text: 'x'.repeat(141) }, cookie);
		expect(tooLong.status).toBe(422);
		expect((await tooLong.json()).error.fields).toEqual([
			{ field: 'text', code: 'error.statement.text.tooLong', message: 'Skriv högst 140 tecken.' }
		]);

		const openapi = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
		expect(Object.keys(openapi.paths)).toEqual(
			expect.arrayContaining([
				'/api/v1/processes/{slug}/statements',
				'/api/v1/processes/{slug}/votes',
				'/api/v1/processes/{slug}/opinion-map'
			])
		);
		expect(Object.keys(openapi.components.schemas)).toEqual(
			expect.arrayContaining(['VoteInput', 'StatementInput', 'OpinionMap'])
		);
	});

	it('answers 409 while the facilitator has closed the module, and the pages say so', async () => {
		const browser = await import('./support').then((s) => s.launchBrowser());
		try {
			const staff = await (await newContext(browser.browser, baseURL, false)).newPage();
			await signIn(staff, 'processledare@solbacka.example', 'medskapa-demo');
			await staff.goto(`/hantera/processer/${LILLBY}/pastaenden`);
			await staff.getByRole('button', { name: 'Stäng påståendena' }).click();
			await staff.waitForURL(/done=closed/);
			try {
				const map = await (await fetch(url('opinion-map'))).json();
				const closed = await post('votes', { statementId: map.consensus.agree[0].id, vote: 'agree' });
				expect(closed.status).toBe(409);
				expect((await closed.json()).error.code).toBe('statements_closed');
				expect((await post('statements', { text: 'Hej' })).status).toBe(409);
				const page = await (await newContext(browser.browser, baseURL, false)).newPage();
				await visit(page, `/processer/${LILLBY}/pastaenden`);
				expect(await page.textContent('main')).toContain('Påståendena är stängda just nu.');
				expect(await page.getByRole('button', { name: 'Håller med' }).count()).toBe(0);
				await visit(page, `/processer/${LILLBY}/pastaenden/resultat`);
			} finally {
				await staff.getByRole('button', { name: 'Öppna påståendena' }).click();
				await staff.waitForURL(/done=opened/);
			}
		} finally {
			await browser.close();
		}
	});
});

describe('statements waiting for moderation', () => {
	/** Signs a staff member in over HTTP (roles without a second step) and returns the session cookie. */
	async function staffCookie(email: string): Promise<string> {
		const res = await fetch(`${baseURL}/logga-in`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL, accept: 'text/html' },
			body: new URLSearchParams({ email, password: 'medskapa-demo' })
		});
		expect(res.status, `sign-in of ${email}`).toBe(303);
		return res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
	}

	it('reach those who moderate, and not elected members or officials — not even in the page data', async () => {
		const waiting = ['Det borde finnas fler bänkar längs ån.', 'Bygg en padelbana bakom skolan.'];
		const page = `${baseURL}/hantera/processer/${LILLBY}/pastaenden`;
		const read = async (cookie: string) =>
			(await (await fetch(page, { headers: { cookie } })).text()) +
			(await (await fetch(`${page}/__data.json`, { headers: { cookie } })).text());

		const facilitator = await read(await staffCookie('processledare@solbacka.example'));
		for (const text of waiting) expect(facilitator).toContain(text);
		for (const email of ['fortroendevald@solbacka.example', 'tjansteperson@solbacka.example']) {
			const cookie = await staffCookie(email);
			const seen = await read(cookie);
			expect(seen, `${email} sees the statements page`).toContain('Påståenden');
			for (const text of waiting) expect(seen, `${email} gets "${text}"`).not.toContain(text);
			// The counts still say that some wait.
			expect(seen).toContain('Väntar på granskning');
		}
	});
});
