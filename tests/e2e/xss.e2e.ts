import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readZip } from '../../src/lib/server/export/zip';
import { newContext, signIn, useBrowser } from './support';
import { ALL_PAYLOADS, FORMULA, NASTIEST, payloadBatches, payloadRotation, XSS_PAYLOADS } from './xss-payloads';

const baseURL = inject('baseURL');

/** Posts a form the way a browser would (same origin), expecting the redirect that means "saved"; returns where it points. */
async function postForm(page: Page, path: string, form: Record<string, string>): Promise<string> {
	const response = await page.request.post(path, {
		form,
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	const body = await response.text();
	const summary = body.indexOf('error-summary');
	expect(
		response.status(),
		`${path} answered: ${body.slice(summary > 0 ? summary : 0, (summary > 0 ? summary : 0) + 600)}`
	).toBe(303);
	return response.headers()['location'] ?? '';
}

/** Watches a page for scripts that ran (dialogs) and checks pages for injected markup. */
async function watch(page: Page) {
	const ran: string[] = [];
	page.on('dialog', async (dialog) => {
		ran.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
		await dialog.dismiss();
	});
	/** The page as it is now (after a form was sent, say). */
	async function expectPageInert(label: string, shownText?: string) {
		const injected = await page.evaluate(() => {
			const handlers = [...document.querySelectorAll('*')].filter((el) =>
				[...el.attributes].some((a) => a.name.startsWith('on'))
			);
			const schemes = [...document.querySelectorAll('[href],[src],[action],[formaction],[data]')].filter((el) =>
				['href', 'src', 'action', 'formaction', 'data'].some((name) =>
					/^\s*(javascript|data):/i.test(el.getAttribute(name) ?? '')
				)
			);
			// SvelteKit's own inline script carries page data as escaped string literals; a payload that broke out
			// of it would show as a raw tag inside, or as a script element of its own.
			const scripts = [...document.querySelectorAll('script')].filter(
				(s) => /<\/?script|^\s*alert\(/i.test(s.textContent ?? '') || (s.src && !s.src.startsWith(location.origin))
			);
			return [...handlers, ...schemes, ...scripts].map((el) => el.outerHTML.slice(0, 80));
		});
		expect(injected, `injected markup on ${label}`).toEqual([]);
		if (shownText)
			expect((await page.textContent('main'))?.replace(/\s+/g, ' '), `text on ${label}`).toContain(
				shownText.replace(/\s+/g, ' ')
			);
		expect(ran, `scripts that ran on ${label}`).toEqual([]);
	}
	return {
		ran,
		expectPageInert,
		async expectInert(path: string, shownText?: string) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBeLessThan(400);
			await expectPageInert(path, shownText);
		}
	};
}

/** One file of a ZIP (as a DOCX is), stored or deflated: enough of the format to read what Word would show. */
function unzipEntry(zip: Buffer, path: string): string {
	let end = zip.length - 22;
	while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
	let at = zip.readUInt32LE(end + 16);
	for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
		const [method, size, nameLength] = [
			zip.readUInt16LE(at + 10),
			zip.readUInt32LE(at + 20),
			zip.readUInt16LE(at + 28)
		];
		const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
		if (zip.toString('utf8', at + 46, at + 46 + nameLength) === path) {
			const local = zip.readUInt32LE(at + 42);
			const data = zip
				.subarray(local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28))
				.subarray(0, size);
			return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
		}
		at = next;
	}
	throw new Error(`${path} is not in the ZIP`);
}

/**
 * Every payload goes through every free-text field and is rendered on every page that shows it. A page
 * passes when no dialog opened, no element carries an injected event handler or URL scheme, and the
 * payload is shown as text. JavaScript is on: with it off, nothing could run anyway.
 */
describe('cross-site scripting corpus', () => {
	const browser = useBrowser();

	it('holds at least 50 known payloads', () => {
		expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
	});

	it('renders every payload in process fields, perspectives, themes, tensions, reasons and interview groups as text', async () => {
		const page = await (await newContext(browser(), baseURL, true)).newPage();
		const { expectInert } = await watch(page);
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');

		// A process whose long fields carry the whole corpus; title and question carry it batch by batch.
		await page.goto('/hantera/processer/ny');
		const [firstTitle] = payloadBatches(120);
		await page.getByLabel('Titel').fill(firstTitle);
		await page.getByLabel('Webbadress (frivilligt)').fill('xss-prov');
		await page.getByLabel('Frågan').fill(payloadBatches(300)[0]);
		await page.getByLabel('Varför dialogen förs (frivilligt)').fill(ALL_PAYLOADS);
		await page.locator('#context').fill(ALL_PAYLOADS);
		for (const field of ['openToInfluence', 'notNegotiable', 'notNegotiableReason', 'feedbackHow'])
			await page.locator(`#influence-${field}`).fill(ALL_PAYLOADS);
		await page.locator('#influence-whoDecides').fill(payloadBatches(300)[0]);
		await page.locator('#influence-decisionWhen').fill(payloadBatches(300)[1]);
		await page.getByRole('button', { name: /Skapa/ }).click();
		await page.waitForURL(/\/hantera\/processer\/xss-prov/);
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.waitForURL(/done=published/);
		await page.getByRole('button', { name: 'Gå vidare till Perspektivinsamling' }).click();
		await page.getByRole('button', { name: 'Ja, gå vidare till Perspektivinsamling' }).click();
		await page.waitForURL(/done=advanced/);
		await expectInert('/processer/xss-prov', XSS_PAYLOADS[0]);
		await expectInert('/hantera/processer/xss-prov');
		for (const [i, title] of payloadBatches(120).entries()) {
			const question = payloadBatches(300)[i % payloadBatches(300).length];
			await page.goto('/hantera/processer/xss-prov/redigera');
			await page.getByLabel('Titel').fill(title);
			await page.getByLabel('Frågan').fill(question);
			await page.getByRole('button', { name: 'Spara ändringar' }).click();
			await page.waitForURL(/done=revised/);
			await expectInert('/processer/xss-prov', title);
			expect((await page.textContent('main'))?.replace(/\s+/g, ' ')).toContain(question.replace(/\s+/g, ' '));
			if (i === 0) await expectInert('/', title);
		}

		// Perspectives through the API and the web form; their receipts; the staff harvest page.
		const receipts: string[] = [];
		for (const text of [ALL_PAYLOADS, ...XSS_PAYLOADS.slice(0, 5)]) {
			const res = await page.request.post('/api/v1/processes/xss-prov/perspectives', { data: { text } });
			expect(res.status()).toBe(201);
			receipts.push((await res.json()).receipt);
		}
		await page.goto('/processer/xss-prov/bidra');
		await page.getByLabel('Vad är viktigt för dig i den här frågan?').fill(`Via formuläret: ${ALL_PAYLOADS}`);
		await page.getByRole('button', { name: 'Skicka perspektiv' }).click();
		await page.waitForURL(/\/kvitto\/.+\?ny=1/);
		expect((await page.textContent('main'))?.replace(/\s+/g, ' ')).toContain(XSS_PAYLOADS[2]);
		for (const receipt of receipts.slice(0, 2)) await expectInert(`/kvitto/${receipt}`);
		await expectInert('/hantera/processer/xss-prov/perspektiv', XSS_PAYLOADS[5]);

		// Themes, tensions, hide reasons and interview groups, short fields batch by batch.
		for (const [i, name] of payloadBatches(80).entries()) {
			await postForm(page, '/hantera/processer/xss-prov/teman?/create', {
				name,
				description: payloadBatches(1000)[i % payloadBatches(1000).length]
			});
		}
		await expectInert('/hantera/processer/xss-prov/teman', payloadBatches(80)[0]);
		await expectInert('/processer/xss-prov/bidra');
		for (const [i, description] of payloadBatches(2000).entries()) {
			await page.goto('/hantera/processer/xss-prov/motsattningar');
			await page.locator('#title').fill(payloadBatches(120)[i]);
			await page.locator('#description').fill(description);
			const sides = page.locator('main select');
			await sides.nth(0).selectOption({ index: 1 + 2 * i });
			await sides.nth(1).selectOption({ index: 2 + 2 * i });
			await page.getByRole('button', { name: 'Lägg till motsättningen' }).click();
			await page.waitForURL(/done=/);
		}
		await expectInert('/hantera/processer/xss-prov/motsattningar', payloadBatches(120)[0]);

		const item = page.locator('.perspective-item').first();
		await page.goto('/hantera/processer/xss-prov/perspektiv');
		await item.locator('summary', { hasText: 'Dölj' }).click();
		await item.getByLabel('Skäl att dölja').fill(payloadBatches(400)[0]);
		await item.getByRole('button', { name: 'Dölj' }).click();
		await page.waitForURL(/done=hide/);
		await expectInert('/hantera/processer/xss-prov/perspektiv', payloadBatches(400)[0]);
		await expectInert(`/kvitto/${receipts[0]}`);

		for (const [i, name] of payloadBatches(120).entries()) {
			await postForm(page, '/hantera/processer/xss-prov/intervjuer?/target', {
				name,
				targetCount: '3',
				description: payloadBatches(500)[i % payloadBatches(500).length]
			});
		}
		await expectInert('/hantera/processer/xss-prov/intervjuer', payloadBatches(120)[1]);
		await expectInert('/hantera/processer/xss-prov/intervjuer/ny');
		await expectInert('/hantera/logg');
	}, 300_000);

	/**
	 * One process taken through the whole loop. Each field gets a share of the corpus from a rotation (the six
	 * nastiest payloads first, as many as fit, then the next payloads in turn; long fields get all of them), so
	 * every field gets several payloads and every payload is rendered somewhere; the last line checks that.
	 * Fields are filled by form POSTs and the API (fast); every page that shows them is opened in Chromium.
	 */
	it('renders the corpus from every later free-text field as text: question, panel, interviews, statements, working group, decisions, implementation, lessons and evaluation', async () => {
		const slug = 'xss-utfall';
		const base = `/hantera/processer/${slug}`;
		const corpus = payloadRotation();
		const staffContext = await newContext(browser(), baseURL, true);
		const page = await staffContext.newPage();
		const watchStaff = await watch(page);
		const { expectInert } = watchStaff;
		// Residents, anonymous: one browser for the public forms, watched the same way.
		const resident = await (await newContext(browser(), baseURL, true)).newPage();
		const publicView = await watch(resident);
		await signIn(page, 'processledare@solbacka.example', 'medskapa-demo');
		const advance = async (from: string) => postForm(page, `${base}?/advance`, { from, confirm: '1' });

		await page.goto('/hantera/processer/ny');
		await page.getByLabel('Titel').fill('XSS-prov för utfall');
		await page.getByLabel('Webbadress (frivilligt)').fill(slug);
		await page.getByLabel('Frågan').fill('Vad ska vi göra?');
		for (const field of ['openToInfluence', 'whoDecides', 'decisionWhen', 'feedbackHow'])
			await page.locator(`#influence-${field}`).fill('Det som står här.');
		await page.getByRole('button', { name: /Skapa/ }).click();
		await page.waitForURL(new RegExp(`${base}\\?done=created`));
		await postForm(page, `${base}?/publish`, {});

		// Preparation: a draft question (staff), a proposed formulation (a resident), a hide reason (staff).
		const draft = corpus.share(300);
		await postForm(page, `${base}/plan/fraga?/draft`, { text: draft });
		const proposals = [corpus.share(300), corpus.share(300)];
		for (const text of proposals)
			await postForm(resident, `/processer/${slug}/fraga?/propose`, { text, proposerRole: 'resident' });
		await publicView.expectInert(`/processer/${slug}/fraga`, proposals[1]);
		await expectInert(`${base}/plan/fraga`, draft);
		const formulationIds = await page.$$eval('input[name="formulationId"]', (inputs) => [
			...new Set(inputs.map((i) => (i as HTMLInputElement).value))
		]);
		const hideReason = corpus.share(300);
		await postForm(page, `${base}/plan/fraga?/hide`, {
			formulationId: formulationIds[formulationIds.length - 1],
			reason: hideReason
		});
		await expectInert(`${base}/plan/fraga`, hideReason);
		await publicView.expectInert(`/processer/${slug}/fraga`);

		// The plan: its three sections, an actor group and an adaptation; shown to staff, the public and in the PDF.
		const sections = {
			omvarld: {
				earlier: ALL_PAYLOADS,
				links: corpus.share(4000),
				known: corpus.share(6000),
				decisionSpace: corpus.share(4000)
			},
			konflikter: {
				parties: corpus.share(4000),
				interests: corpus.share(4000),
				escalation: '',
				safety: corpus.share(4000)
			},
			redo: {
				politicalMandate: corpus.share(2000),
				managementMandate: corpus.share(2000),
				receivingWho: corpus.share(1000),
				receivingBy: '',
				feedbackPlan: corpus.share(2000),
				budget: corpus.share(1000),
				time: corpus.share(1000)
			}
		};
		for (const [section, fields] of Object.entries(sections))
			await postForm(page, `${base}/plan/avsnitt/${section}`, fields);
		const actorGroup = corpus.share(120);
		await page.goto(`${base}/plan/aktorer`);
		const stageNames = await page.$$eval('[name$=".level"]', (inputs) => [
			...new Set(inputs.map((i) => (i as HTMLInputElement).name))
		]);
		await postForm(page, `${base}/plan/aktorer?/add`, {
			name: actorGroup,
			kind: 'residents',
			affected: 'high',
			influence: 'low',
			...Object.fromEntries(
				stageNames.flatMap((n) => [
					[n, 'consultation'],
					[n.replace(/level$/, 'channel'), corpus.share(200)]
				])
			)
		});
		const adaptation = corpus.share(1000);
		await postForm(page, `${base}/plan/anpassningar?/add`, {
			kind: 'interpreters',
			description: adaptation,
			cost: '1000'
		});
		await expectInert(`${base}/plan`);
		for (const section of Object.keys(sections)) await expectInert(`${base}/plan/avsnitt/${section}`);
		expect(await page.locator('textarea[name="feedbackPlan"]').inputValue()).toBe(sections.redo.feedbackPlan);
		await expectInert(`${base}/plan/aktorer`, actorGroup);
		await expectInert(`${base}/plan/anpassningar`, adaptation);
		await publicView.expectInert(`/processer/${slug}/plan`, sections.omvarld.known.slice(0, 500));

		// The panel by lot: its name (staff); names and addresses from the interest form; the public seed.
		const panelName = corpus.share(120);
		await postForm(page, `${base}/urval?/create`, {
			name: panelName,
			size: '2',
			reserves: '1',
			'features.alder': 'on',
			areas: '',
			custom: ''
		});
		await postForm(page, `${base}/urval?/recruiting`, { open: 'yes' });
		await publicView.expectInert(`/processer/${slug}/anmal`, panelName.slice(0, 60));
		const ages = await resident.$$eval('select[name="values.alder"] option', (options) =>
			options.map((o) => (o as HTMLOptionElement).value).filter(Boolean)
		);
		const volunteers = [0, 1, 2].map((i) => ({
			name: corpus.share(200),
			address: corpus.share(200),
			email: `xss.${i}@prov.example`
		}));
		for (const [i, v] of volunteers.entries()) {
			await postForm(resident, `/processer/${slug}/anmal`, {
				...v,
				'values.alder': ages[i % ages.length],
				consent: 'yes'
			});
		}
		await expectInert(`${base}/urval`, panelName);
		// Any two of the three may sit on the panel.
		await page.goto(`${base}/urval/kvoter`);
		const bounds = await page.$$eval('input[name^="quota."]', (inputs) =>
			inputs.map((i) => (i as HTMLInputElement).name)
		);
		await postForm(
			page,
			`${base}/urval/kvoter`,
			Object.fromEntries(bounds.map((name) => [name, name.endsWith('.min') ? '0' : '2']))
		);
		await postForm(page, `${base}/urval/dragning?/compute`, {});
		for (let i = 0; i < 60 && !(await page.getByRole('button', { name: 'Dra panelen' }).count()); i++) {
			await new Promise((r) => setTimeout(r, 500));
			await page.goto(`${base}/urval/dragning`);
		}
		const drawId = await page.$$eval('input[name="drawId"]', (inputs) => (inputs[0] as HTMLInputElement).value);
		const seed = corpus.share(200);
		await postForm(page, `${base}/urval/dragning?/draw`, { drawId, seed });
		await expectInert(`${base}/urval/dragning`, seed);
		await expectInert(`${base}/urval/inbjudningar`, volunteers[0].name);
		await publicView.expectInert(`/processer/${slug}/urval`, seed);

		// Collection: an interview's notes become perspectives; statements seeded by staff and sent in by a resident.
		await advance('preparation');
		const targetLocation = await postForm(page, `${base}/intervjuer?/target`, {
			name: 'Grupp',
			targetCount: '2',
			description: ''
		});
		expect(targetLocation).toContain('/intervjuer');
		await page.goto(`${base}/intervjuer/ny`);
		const targetId = await page.locator('select[name="targetId"] option:not([value=""])').first().getAttribute('value');
		const notes = [`${FORMULA} ${corpus.share(2000)}`, ALL_PAYLOADS];
		await postForm(page, `${base}/intervjuer/ny`, {
			targetId: targetId!,
			heldOn: '2026-11-20',
			consent: 'on',
			mayQuote: 'yes',
			'perspectives.0.text': notes[0],
			'perspectives.0.isQuote': 'on',
			'perspectives.1.text': notes[1]
		});
		await expectInert(`${base}/perspektiv`, notes[0]);
		await postForm(page, `${base}/pastaenden?/open`, {});
		const statements = [corpus.share(140), corpus.share(140)];
		await postForm(page, `${base}/pastaenden?/seed`, { text: statements[0] });
		await postForm(resident, `/processer/${slug}/pastaenden?/submit`, { text: statements[1] });
		await expectInert(`${base}/pastaenden`, statements[1]);
		await publicView.expectInert(`/processer/${slug}/pastaenden`, statements[0]);

		// Co-creation: a member, a session with its notes, two proposals with commitments.
		await advance('collection');
		// The perspective report (page and PDF) and the plan as PDF still come out whole.
		await postForm(page, `${base}?/report`, { confirm: '1' });
		await publicView.expectInert(`/processer/${slug}/rapport`);
		for (const pdfPath of [`/processer/${slug}/rapport.pdf`, `${base}/plan/pdf`]) {
			const pdf = await page.request.get(pdfPath);
			expect(pdf.status(), pdfPath).toBe(200);
			expect((await pdf.body()).subarray(0, 5).toString(), pdfPath).toBe('%PDF-');
		}
		await advance('compilation');
		const member = { name: corpus.share(120), brings: corpus.share(300) };
		await postForm(page, `${base}/arbetsgrupp?/member`, {
			...member,
			email: 'xss.medlem@prov.example',
			role: 'resident',
			showName: 'on'
		});
		await page.goto(`${base}/arbetsgrupp`);
		const methodKey = await page
			.locator('select[name="methodKey"] option:not([value=""])')
			.first()
			.getAttribute('value');
		const session = { title: corpus.share(160), place: corpus.share(200), agenda: ALL_PAYLOADS };
		const sessionPath = (
			await postForm(page, `${base}/arbetsgrupp?/session`, { ...session, heldOn: '2027-01-20', methodKey: methodKey! })
		).split('?')[0];
		const note = corpus.share(2000);
		await postForm(page, `${sessionPath}?/note`, { kind: 'insight', text: note });
		await postForm(page, `${sessionPath}?/publish`, {});
		await expectInert(sessionPath, note);
		const proposalTexts = [0, 1].map(() => ({
			title: `${FORMULA.slice(0, 40)} ${corpus.share(110)}`,
			what: corpus.share(3000),
			why: corpus.share(1000),
			costNote: corpus.share(1000),
			feasibilityNote: corpus.share(1000)
		}));
		const proposalPaths: string[] = [];
		for (const p of proposalTexts)
			proposalPaths.push(
				(await postForm(page, `${base}/arbetsgrupp?/proposal`, { ...p, term: 'short' })).split('?')[0]
			);
		const commitment = { what: `${FORMULA} ${corpus.share(900)}`, owner: corpus.share(200) };
		await postForm(page, `${proposalPaths[0]}?/commitment`, {
			...commitment,
			party: 'association',
			dueOn: '2027-09-01'
		});
		await page.goto(proposalPaths[0]);
		const commitmentId = await page.locator('input[name="commitmentId"]').first().getAttribute('value');
		const statusReason = corpus.share(500);
		await postForm(page, `${proposalPaths[0]}?/status`, {
			commitmentId: commitmentId!,
			status: 'ongoing',
			reason: statusReason
		});
		await expectInert(`${base}/arbetsgrupp`, member.name);
		await expectInert(proposalPaths[0], commitment.owner);
		expect(await page.textContent('main')).toContain(proposalTexts[0].what.replace(/\s+/g, ' ').slice(0, 200));

		// Proposals: arguments from the public, by the form and the API.
		await advance('cocreation');
		const proposalIds = proposalPaths.map((p) => p.split('/').pop()!);
		const publicProposal = `/processer/${slug}/arbetsgrupp/forslag/${proposalIds[0]}`;
		const argumentTexts = [corpus.share(1500), corpus.share(1500)];
		await postForm(resident, publicProposal, { side: 'for', text: argumentTexts[0] });
		const apiArgument = await resident.request.post(`/api/v1/processes/${slug}/proposals/${proposalIds[0]}/arguments`, {
			data: { side: 'against', text: argumentTexts[1] }
		});
		expect(apiArgument.status(), await apiArgument.text()).toBe(201);
		await publicView.expectInert(publicProposal, argumentTexts[1]);
		await publicView.expectInert(`/processer/${slug}/arbetsgrupp`, proposalTexts[1].title);
		await publicView.expectInert(`/processer/${slug}/arbetsgrupp/moten/${sessionPath.split('/').pop()}`, note);
		await expectInert(proposalPaths[0], argumentTexts[0]);

		// Decision: body, case number, paragraph, summary, and reasons for what was not adopted; published.
		await advance('proposals');
		const decision = {
			body: corpus.share(160),
			caseNumber: corpus.share(60),
			minutesParagraph: corpus.share(40),
			summary: corpus.share(3000)
		};
		const reasons = corpus.share(4000);
		const decisionPath = (
			await postForm(page, `${base}/beslut?/create`, {
				...decision,
				bodyKind: 'committee',
				decidedOn: '2027-06-14',
				[`outcome.${proposalIds[0]}`]: 'adopted',
				[`outcome.${proposalIds[1]}`]: 'rejected',
				[`reasons.${proposalIds[1]}`]: reasons
			})
		).split('?')[0];
		await postForm(page, `${decisionPath}?/publish`, { confirm: '1' });
		await expectInert(decisionPath, decision.body);
		await expectInert(`${decisionPath}/deklaration`, reasons);
		await publicView.expectInert(`/processer/${slug}/beslut`, reasons);
		expect(await resident.textContent('main')).toContain(decision.caseNumber);
		const docx = await page.request.get(`${decisionPath}/deklaration.docx`);
		expect(docx.status()).toBe(200);
		const documentXml = unzipEntry(await docx.body(), 'word/document.xml');
		expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(documentXml).not.toContain('<script>');
		const txt = await (await page.request.get(`${decisionPath}/deklaration.txt`)).text();
		expect(txt).toContain(NASTIEST[0]);

		// Implementation: the item's texts, a status update and a milestone.
		await advance('decision');
		await page.goto(`${base}/genomforande`);
		const itemId = (await page.locator('input[name="itemId"]').first().getAttribute('value'))!;
		const item = { title: corpus.share(160), description: corpus.share(3000), responsible: corpus.share(160) };
		await postForm(page, `${base}/genomforande?/revise`, { itemId, ...item });
		const update = corpus.share(2000);
		await postForm(page, `${base}/genomforande?/update`, {
			itemId,
			status: 'inProgress',
			progress: '40',
			text: update
		});
		const milestone = corpus.share(160);
		await postForm(page, `${base}/genomforande?/milestone`, { itemId, title: milestone, dueOn: '2027-10-01' });
		await expectInert(`${base}/genomforande`, milestone);
		await publicView.expectInert(`/processer/${slug}/genomforande`, update);
		expect(await resident.textContent('main')).toContain(item.responsible.replace(/\s+/g, ' ').slice(0, 60));

		// Learning: lessons of each kind, and comments in the survey from a resident and from staff.
		await advance('implementation');
		const lessons = {
			worked: corpus.share(2000),
			didNotWork: corpus.share(2000),
			nextTime: ALL_PAYLOADS.slice(0, 2000)
		};
		for (const [kind, text] of Object.entries(lessons))
			await postForm(page, `${base}/lardomar?/record`, { kind, text, isPublic: 'on' });
		await expectInert(`${base}/lardomar`, lessons.didNotWork);
		await publicView.expectInert(`/processer/${slug}/lardomar`, lessons.worked);
		await postForm(page, `${base}/utvardering?/open`, {});
		// Comments are shown (to staff) only for a group of at least 5: five residents, each in a browser of their own.
		const comments = [0, 1, 2, 3, 4].map(() => corpus.share(2000));
		for (const comment of comments) {
			const respondent = await (await newContext(browser(), baseURL, true)).newPage();
			await postForm(respondent, `/processer/${slug}/utvardering`, {
				trust: '4',
				understanding: '4',
				influence: '3',
				again: 'yes',
				comment
			});
			await respondent.context().close();
		}
		// The demo has fewer than 5 staff, so staff comments are never listed; the staff form shows what was typed
		// when it is sent with a mistake, and that page must be inert too.
		const staffComment = corpus.share(2000);
		await page.goto(`${base}/utvardering/svara`);
		await page.getByLabel(/^Vill du säga något mer/).fill(staffComment);
		await page.getByRole('button', { name: 'Skicka svaren' }).click();
		await page.waitForSelector('.error-summary');
		await watchStaff.expectPageInert('the staff survey sent with a mistake');
		expect(await page.getByLabel(/^Vill du säga något mer/).inputValue()).toBe(staffComment);
		await postForm(page, `${base}/utvardering/svara`, {
			trust: '3',
			understanding: '4',
			influence: '2',
			again: 'unsure',
			comment: staffComment
		});
		await postForm(page, `${base}/utvardering?/close`, {});
		await expectInert(`${base}/utvardering`, comments[0]);
		for (const comment of comments.slice(1))
			expect((await page.textContent('main'))?.replace(/\s+/g, ' ')).toContain(comment.replace(/\s+/g, ' '));
		await publicView.expectInert(`/processer/${slug}/utvardering`);
		await publicView.expectInert(`/processer/${slug}`);
		await expectInert(base);
		await expectInert(`/kvitto`);

		// The next loop carries the question, the proposal not adopted and the lessons over, shown as text there.
		const nextLoop = { title: corpus.share(120), question: corpus.share(300) };
		await postForm(page, `${base}/nasta-varv`, { ...nextLoop, slug: `${slug}-2` });
		await expectInert(`/hantera/processer/${slug}-2`, nextLoop.title);
		await expectInert(`/hantera/processer/${slug}-2/redigera`);

		// Exports: a formula at the start of a cell stays text; the archive package is a ZIP.
		for (const table of ['perspektiv', 'forslag', 'ataganden']) {
			const csv = await (await page.request.get(`${base}/export/${table}.csv`)).text();
			expect(csv, table).toContain(`"'${FORMULA.slice(0, 30).replace(/"/g, '""')}`);
			expect(csv, table).not.toMatch(/(^|,)"?=HYPERLINK/m);
			expect(csv, table).toContain(NASTIEST[0]);
		}
		const zip = await page.request.get(`${base}/export/arkivpaket.zip`);
		expect(zip.status()).toBe(200);
		expect(readZip(new Uint8Array(await zip.body())).length).toBeGreaterThan(3);

		expect(corpus.unused(), 'payloads no field was given').toEqual([]);
	}, 300_000);
});
