import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, JS_OFF_ONLY, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const FACILITATOR = { email: 'processledare@solbacka.example', password: 'medskapa-demo' };
const DEMO = 'motesplats-for-unga';

async function submit(page: Page, name: string | RegExp, url: RegExp) {
	await Promise.all([
		page.waitForURL(url),
		page.getByRole('button', { name, exact: typeof name === 'string' }).click()
	]);
}

describe('the methods catalogue', () => {
	const browser = useBrowser();

	it('lists every method with its profile in words, and the API and OpenAPI document describe it', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(page, '/metoder');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Metodkatalogen');
		const walk = page.locator('#metod-walk-and-talk');
		expect(await walk.getByRole('heading', { level: 2 }).textContent()).toBe('Walk and talk');
		const profile = walk.getByRole('table', {
			name: 'Strategisk profil för Walk and talk, på en skala från −2 till +2'
		});
		expect(await profile.getByRole('row', { name: /Ytligt eller djupt/ }).textContent()).toContain('+1 djupt');
		expect(await walk.textContent()).toContain('Når ofta');
		expect(await page.locator('section.method').count()).toBe(18);

		const res = await fetch(`${baseURL}/api/v1/methods`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.methods).toHaveLength(18);
		expect(body.methods.find((m: { key: string }) => m.key === 'e-petition')).toMatchObject({
			name: 'E-petition',
			profile: { reach: 2, depth: -2 },
			participationLevels: ['consultation']
		});
		expect(typeof body.methods[0].reaches).toBe('string');
		const openapi = await (await fetch(`${baseURL}/api/v1/openapi.json`)).json();
		expect(openapi.paths['/api/v1/methods'].get.responses['200'].content['application/json'].schema.$ref).toBe(
			'#/components/schemas/MethodList'
		);
		expect(Object.keys(openapi.components.schemas.Method.properties)).toEqual(
			expect.arrayContaining(['profile', 'participationLevels', 'reaches', 'misses'])
		);
	});
});

describe.each(JS_OFF_ONLY)('a facilitator plans a dialogue ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const tag = javaScriptEnabled ? 'A' : 'B';

	it('edits a method in the catalogue, fixing a mistake first', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await visit(page, '/hantera/metoder/fishbowl');
		await page.getByLabel('Namn', { exact: true }).fill('');
		await page.getByLabel('Dialog', { exact: true }).uncheck();
		await submit(page, 'Spara metoden', /\/hantera\/metoder\/fishbowl$/);
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv metodens namn.',
			'Välj minst en delaktighetsnivå.'
		]);
		await expectAccessible(page);
		await page.getByLabel('Namn', { exact: true }).fill(`Fiskskålen ${tag}`);
		await page.getByLabel('Dialog', { exact: true }).check();
		await submit(page, 'Spara metoden', /\/hantera\/metoder\/fishbowl\?sparad/);
		expect(await page.getByRole('status').textContent()).toContain('Metoden är sparad.');
		await visit(page, '/metoder');
		expect(await page.locator('#metod-fishbowl h2').textContent()).toBe(`Fiskskålen ${tag}`);
	});

	it('fills in the plan: a section, an actor group, a chosen method, an adaptation; readiness and PDF', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await visit(page, '/hantera/processer/framtidens-fritid');
		await page.getByRole('link', { name: 'Dialogplanen' }).click();
		await page.waitForURL(/\/plan$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Dialogplan för Framtidens fritid och idrott'
		);
		const readiness = page.getByRole('table', { name: 'Checklista innan dialogen börjar' });
		expect(await readiness.getByRole('row', { name: /Politiskt uppdrag/ }).textContent()).toMatch(/Saknas|Klart/);

		// Context analysis.
		await page.getByRole('link', { name: 'Ändra: Omvärldsanalys' }).click();
		await page.waitForURL(/\/plan\/avsnitt\/omvarld$/);
		await expectAccessible(page);
		await page.getByLabel('Tidigare dialoger, beslut och rapporter').fill(`Idrottspolitiskt program 2022 (${tag}).`);
		await page.getByLabel('Länkar').fill('Programmet – https://solbacka.example/idrott');
		await submit(page, 'Spara', /\/plan\?sparad=context/);
		expect(await page.textContent('main')).toContain(`Idrottspolitiskt program 2022 (${tag}).`);
		expect(await page.getByRole('link', { name: 'Programmet' }).getAttribute('href')).toBe(
			'https://solbacka.example/idrott'
		);

		// Readiness: a wrong date is caught, then the political mandate is marked done.
		await page.goto('/hantera/processer/framtidens-fritid/plan/avsnitt/redo');
		await page.getByLabel('Politiskt uppdrag').fill('Kultur- och fritidsnämnden, § 12.');
		await expectAccessible(page);
		await page.getByLabel('Senast när är det bearbetat?').fill('2027-04-01');
		await submit(page, 'Spara', /\/plan\?sparad=readiness/);
		expect(
			await page
				.getByRole('table', { name: 'Checklista innan dialogen börjar' })
				.getByRole('row', { name: /Politiskt uppdrag/ })
				.textContent()
		).toContain('Klart');

		// Actor map: the Council of Europe row for one actor group.
		await page.goto('/hantera/processer/framtidens-fritid/plan/aktorer');
		await expectAccessible(page);
		const add = page.locator('section', { has: page.getByRole('heading', { name: 'Lägg till en aktörsgrupp' }) });
		await add.getByRole('button', { name: 'Lägg till' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv vilken aktörsgrupp det är.']);
		await expectAccessible(page);
		await add.getByLabel('Aktörsgrupp').fill(`Unga i föreningslivet ${tag}`);
		await add.getByLabel('Slags aktör').selectOption('not-usually-heard');
		await add.getByLabel('Nivå: Beslut').selectOption('consultation');
		await add.getByLabel('Kanal eller metod: Beslut').fill('Remiss till ungdomsrådet');
		await submit(page, 'Lägg till', /\/plan\/aktorer\?sparad=add/);
		const matrix = page.getByRole('table', { name: 'Planerad delaktighetsnivå per aktörsgrupp och beslutssteg' });
		expect(await matrix.getByRole('row', { name: new RegExp(`Unga i föreningslivet ${tag}`) }).textContent()).toContain(
			'KonsultationRemiss till ungdomsrådet'
		);

		// Methods: the chooser suggests from answers (a GET form), and a suggestion becomes an activity.
		await page.goto('/hantera/processer/framtidens-fritid/plan/aktiviteter');
		await expectAccessible(page);
		expect(await page.textContent('main')).toContain('Svara på minst en fråga för att få förslag.');
		await page.getByLabel('Unga', { exact: true }).check();
		await page.getByRole('group', { name: 'Ytligt eller djupt?' }).getByLabel('djupt').check();
		await page.getByLabel('I vilken fas?').selectOption('cocreation');
		await page.getByLabel('Vilken delaktighetsnivå?').selectOption('dialogue');
		await Promise.all([page.waitForURL(/grupp=young/), page.getByRole('button', { name: 'Visa förslag' }).click()]);
		await expectAccessible(page);
		const suggestions = page.locator('ol.suggestions > li');
		const top3 = (await suggestions.locator('strong').allTextContents()).slice(0, 3).sort();
		expect(top3).toEqual(['Medskapande arbetsgrupp', 'Open space', 'Walk and talk']);
		expect(await suggestions.filter({ hasText: 'Walk and talk' }).textContent()).toContain(
			'Passar eftersom metoden går på djupet, den passar i fasen Dialog & medskapande, den passar nivån Dialog, den ofta når unga'
		);
		await page.getByRole('link', { name: 'Lägg till Walk and talk som aktivitet' }).click();
		await page.waitForURL(/metod=walk-and-talk/);
		const addActivity = page.locator('section', { has: page.getByRole('heading', { name: 'Lägg till en aktivitet' }) });
		expect(await addActivity.getByLabel('Metod').inputValue()).toBe('walk-and-talk');
		await addActivity.getByLabel('Namn på aktiviteten').fill(`Promenader med unga ${tag}`);
		await addActivity.getByLabel('Snöboll – deltagare tar med andra').check();
		await submit(page, 'Lägg till', /\/plan\/aktiviteter\?sparad=add/);
		expect(await page.getByRole('heading', { name: `Promenader med unga ${tag}` }).count()).toBe(1);

		// Adaptations with costs and a total.
		await page.goto('/hantera/processer/framtidens-fritid/plan/anpassningar');
		await expectAccessible(page);
		const before = Number(
			(
				await page
					.getByTestId('adaptations-total')
					.textContent()
					.catch(() => '0')
			)?.replace(/\D/g, '') || 0
		);
		const addAdaptation = page.locator('section', {
			has: page.getByRole('heading', { name: 'Lägg till en anpassning' })
		});
		await addAdaptation.getByLabel('Slags anpassning').selectOption('childcare');
		await addAdaptation.getByLabel('Vad gör ni?').fill('Barnpassning vid kvällsträffar');
		await addAdaptation.getByLabel('Kostnad i kronor').fill('3 000');
		await submit(page, 'Lägg till', /\/plan\/anpassningar\?sparad=add/);
		expect(Number((await page.getByTestId('adaptations-total').textContent())!.replace(/\D/g, ''))).toBe(before + 3000);

		// The plan as a document and as a PDF.
		await visit(page, '/hantera/processer/framtidens-fritid/plan');
		expect(await page.textContent('main')).toContain(`Promenader med unga ${tag}`);
		const pdf = await page.request.get('/hantera/processer/framtidens-fritid/plan/pdf');
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
		await visit(page, '/hantera/processer/framtidens-fritid/plan/avsnitt/konflikter');
		expect(await page.getByLabel('Risk att konflikten trappas upp').inputValue()).toBe('');
	}, 120_000);
});

describe.each(JS_OFF_ONLY)('a resident helps formulate the question ($name)', ({ javaScriptEnabled }) => {
	const browser = useBrowser();
	const text = `Hur får unga en egen plats att vara på i Solbacka? (${javaScriptEnabled ? 'med js' : 'utan js'})`;

	it('finds the round on the process page, proposes a reformulation, chooses once and changes the choice', async () => {
		const page = await (await newContext(browser(), baseURL, javaScriptEnabled)).newPage();
		await visit(page, `/processer/${DEMO}`);
		expect(await page.textContent('main')).toContain('Walk and talk');
		await page.getByRole('link', { name: 'Var med och formulera frågan' }).click();
		await page.waitForURL(new RegExp(`/processer/${DEMO}/fraga$`));
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Formulera frågan tillsammans');

		await page.getByRole('button', { name: 'Skicka förslaget' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.title()).toMatch(/^Fel: /);
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv din formulering av frågan.']);
		await expectAccessible(page);

		await page.getByLabel('Din formulering av frågan').fill(text);
		await page.getByLabel('Jag föreslår som (frivilligt)').selectOption('association');
		await submit(page, 'Skicka förslaget', /klart=proposed/);
		expect(await page.getByRole('status').textContent()).toContain('Tack! Ditt förslag syns nu i listan');
		const mine = page.locator('.formulation', { hasText: text });
		expect(await mine.textContent()).toContain('Förslag från en förening – 0 har valt den');
		await expectAccessible(page);

		await Promise.all([
			page.waitForURL(/klart=chosen/),
			mine.getByRole('button', { name: 'Välj den här formuleringen' }).click()
		]);
		expect(await page.getByRole('status').textContent()).toContain('Tack! Ditt val är sparat.');
		expect(await mine.textContent()).toContain('1 har valt den');
		expect(await mine.textContent()).toContain('Ditt val');
		// One choice per browser: choosing again moves the choice, it does not add one.
		const draft = page.locator('.formulation', { hasText: 'Utkast från kommunen' });
		const draftCount = Number((await draft.textContent())!.match(/(\d+) har valt den/)![1]);
		await Promise.all([
			page.waitForURL(/klart=changed/),
			draft.getByRole('button', { name: 'Välj den här formuleringen' }).click()
		]);
		expect(await page.getByRole('status').textContent()).toContain('Ditt val är ändrat.');
		expect(await mine.textContent()).toContain('0 har valt den');
		expect(await draft.textContent()).toContain(`${draftCount + 1} har valt den`);
		await expectAccessible(page);

		// The public history lists the proposal with its count; the hidden demo proposal shows only its reason.
		const history = page.getByRole('table', { name: 'Formuleringar i omgång 1' });
		expect(
			await history.getByRole('row', { name: new RegExp(text.replace(/[()?]/g, '\\$&')) }).textContent()
		).toContain('0');
		expect(await history.textContent()).toContain('Dolt eftersom: Innehöll ett telefonnummer');
		expect(await history.textContent()).not.toContain('070-123 45 67');
	});
});

describe('the facilitator fixes the question', () => {
	const browser = useBrowser();

	it('hides an unlawful proposal with a reason, fixes the question, and the public page and history follow', async () => {
		const resident = await (await newContext(browser(), baseURL, false)).newPage();
		await resident.goto(`/processer/${DEMO}/fraga`);
		await resident.getByLabel('Din formulering av frågan').fill('Ni är idioter allihop, ring 070-999 99 99');
		await submit(resident, 'Skicka förslaget', /klart=proposed/);

		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, FACILITATOR.email, FACILITATOR.password);
		await visit(page, `/hantera/processer/${DEMO}/plan/fraga`);
		const bad = page.locator('.formulation', { hasText: 'Ni är idioter allihop' });
		await bad.getByText('Dölj förslaget').first().click();
		await bad.getByRole('button', { name: 'Dölj förslaget' }).click();
		await page.waitForSelector('.error-summary');
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Skriv varför förslaget döljs.']);
		await expectAccessible(page);
		const badAgain = page.locator('.formulation', { hasText: 'Ni är idioter allihop' });
		await badAgain.getByLabel('Skäl (visas för alla)').fill('Innehöll ett telefonnummer och en förolämpning.');
		await badAgain.getByRole('button', { name: 'Dölj förslaget' }).click();
		await page.waitForURL(/klart=hidden/);

		const best = page.locator('.formulation', {
			hasText: 'Vad behöver unga i Solbacka för att ha något meningsfullt att göra på kvällar och helger?'
		});
		await Promise.all([page.waitForURL(/klart=fixed/), best.getByRole('button', { name: 'Bestäm frågan' }).click()]);
		expect(await page.getByTestId('current-question').textContent()).toBe(
			'Vad behöver unga i Solbacka för att ha något meningsfullt att göra på kvällar och helger?'
		);
		await expectAccessible(page);

		await visit(resident, `/processer/${DEMO}`);
		expect(await resident.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Vad behöver unga i Solbacka för att ha något meningsfullt att göra på kvällar och helger?'
		);
		expect(await resident.getByRole('link', { name: 'Var med och formulera frågan' }).count()).toBe(0);
		await visit(resident, `/processer/${DEMO}/fraga`);
		expect(await resident.textContent('main')).toContain('Frågan tar inte emot förslag just nu.');
		expect(await resident.getByTestId('fixed-question').textContent()).toContain(
			'Vad behöver unga i Solbacka för att ha något meningsfullt att göra på kvällar och helger?'
		);
		expect(await resident.textContent('main')).toContain(
			'Dolt eftersom: Innehöll ett telefonnummer och en förolämpning.'
		);
		expect(await resident.textContent('main')).not.toContain('Ni är idioter');

		await visit(resident, `/processer/${DEMO}/plan`);
		expect(await resident.textContent('main')).toContain('Walk and talk med unga i tre bostadsområden');
		expect(await resident.textContent('main')).not.toContain('Grannar vill ha lugnt');
	});
});
