import { describe, expect, inject, it } from 'vitest';
import { parseMail } from '../../src/lib/server/testing/smtp-server';
import { readMailbox, type Delivered } from './mailbox';
import { expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');
const REMARK = 'Kameror flyttar bara problemen';
const AUTHOR = 'lillby.if@example.com';
const POLICE = 'kommunpolis.solbacka@polisen.example';

/** Waits for the outbox worker to deliver a mail to the address after `from` mails were in the box. */
async function mailTo(address: string, from: number): Promise<Delivered> {
	for (let i = 0; i < 150; i++) {
		const found = readMailbox(mailboxFile)
			.slice(from)
			.find((m) => m.to.includes(address));
		if (found) return found;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`No mail to ${address}`);
}

describe('routing a remark to a receiver (JavaScript off)', () => {
	const browser = useBrowser();

	it('staff pass a demo remark to the police; the police answer through the mailed link; the receipt shows the answer and the author gets it by mail', async () => {
		const staff = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(staff, 'processledare@solbacka.example', 'medskapa-demo');

		// The register holds the demo receivers.
		await visit(staff, '/hantera/organisation/mottagare');
		await expectAccessible(staff);
		expect(await staff.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
			expect.arrayContaining(['Polisen i Solbacka, kommunpolis', 'Trygghetsrådet i Solbacka', 'Solbackahem AB'])
		);

		await visit(staff, '/hantera/processer/trygg-storgatan/perspektiv');
		const item = staff.locator('li.perspective-item', { hasText: REMARK });
		await item.getByText('Skicka vidare', { exact: true }).first().click();
		// Sent without a receiver: the error summary says what to do, and nothing is sent.
		await item.getByRole('button', { name: 'Skicka vidare' }).click();
		await staff.waitForSelector('.error-summary');
		expect(await staff.title()).toMatch(/^Fel: /);
		expect(await staff.locator('.error-summary a').allTextContents()).toEqual(['Välj en mottagare.']);
		await expectAccessible(staff);

		const before = readMailbox(mailboxFile).length;
		const again = staff.locator('li.perspective-item', { hasText: REMARK });
		await again.getByLabel('Mottagare', { exact: true }).selectOption({ label: 'Polisen i Solbacka, kommunpolis' });
		await again.getByLabel('Meddelande till mottagaren (frivilligt)').fill('Gäller kameror vid Torget.');
		await again.getByRole('button', { name: 'Skicka vidare' }).click();
		await staff.waitForURL(/done=route/);
		expect(await staff.getByRole('status').first().textContent()).toContain('Synpunkten är skickad vidare');
		expect(await staff.locator('li.perspective-item', { hasText: REMARK }).textContent()).toContain(
			'Skickat vidare till Polisen i Solbacka, kommunpolis'
		);

		// The status list shows it waiting; the demo's answered remark is there too.
		await visit(staff, '/hantera/processer/trygg-storgatan/vidarebefordran');
		await expectAccessible(staff);
		const waiting = staff.locator('li.routing-item', { hasText: REMARK });
		expect(await waiting.textContent()).toContain('Väntar på svar');
		expect(await staff.locator('li.routing-item', { hasText: 'Besvarat' }).count()).toBeGreaterThan(0);

		// The police open the link from the delivered mail, in a browser of their own.
		const toPolice = parseMail((await mailTo(POLICE, before)).raw).body;
		expect(toPolice).toContain(REMARK);
		expect(toPolice).not.toContain(AUTHOR);
		const link = toPolice.match(/https?:\/\/\S+\/svar\/[A-Za-z0-9_-]+/)![0];
		const police = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(police, new URL(link).pathname);
		await expectAccessible(police);
		expect(await police.getByRole('heading', { level: 1 }).textContent()).toBe('Svara på synpunkter från en dialog');
		expect(await police.textContent('main')).toContain('Gäller kameror vid Torget.');
		await police.getByRole('button', { name: 'Skicka svaret' }).click();
		await police.waitForSelector('.error-summary');
		expect(await police.locator('.error-summary a').allTextContents()).toEqual([
			'Skriv ditt svar.',
			'Skriv ditt namn och din roll.'
		]);
		await expectAccessible(police);
		await police
			.getByLabel('Ditt svar')
			.fill('Kamerorna vid Torget prövas ett år, och vi följer upp var stöket tar vägen.');
		await police.getByLabel('Ditt namn och din roll').fill('Kim Ek, kommunpolis');
		await police.getByRole('button', { name: 'Skicka svaret' }).click();
		await police.waitForURL(/\/svar\/klart/);
		expect(await police.getByRole('heading', { level: 1 }).textContent()).toBe('Tack för ditt svar');
		await expectAccessible(police);
		// The link is single-purpose: now it shows the same page as an unknown one.
		await visit(police, new URL(link).pathname);
		expect(await police.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte');
		await visit(police, '/svar/ingen-giltig-lank-alls-0000000000');
		expect(await police.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte');

		// The author gets the answer by mail, with the link to the receipt, which shows it.
		const toAuthor = parseMail((await mailTo(AUTHOR, before)).raw).body;
		expect(toAuthor).toContain('Kamerorna vid Torget prövas ett år');
		expect(toAuthor).toContain('Kim Ek, kommunpolis');
		const receipt = toAuthor.match(/\/kvitto\/([A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3})/)![0];
		const author = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(author, receipt);
		await expectAccessible(author);
		const main = (await author.textContent('main')) ?? '';
		expect(main).toContain('Skickat vidare till Polisen i Solbacka, kommunpolis');
		expect(main).toContain('Svar från Kim Ek, kommunpolis, Polisen i Solbacka, kommunpolis');
		expect(main).toContain('Kamerorna vid Torget prövas ett år');
	});

	it('staff pass a whole theme on to the safety council in one go, without JavaScript', async () => {
		const staff = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(staff, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(staff, '/hantera/processer/leva-tillsammans-i-lillby/perspektiv');
		const themeIds = await staff
			.locator('#tema option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v && v !== 'none'));
		expect(themeIds.length).toBeGreaterThan(0);
		// The first theme with perspectives in it (a theme without any offers nothing to pass on).
		let shown = 0;
		for (const id of themeIds) {
			await visit(staff, `/hantera/processer/leva-tillsammans-i-lillby/perspektiv?tema=${id}`);
			shown = await staff.locator('.perspective-item:not(.is-hidden)').count();
			if (shown > 0) break;
			expect(await staff.locator('summary', { hasText: 'Skicka vidare hela temat' }).count()).toBe(0);
		}
		await staff.locator('summary', { hasText: 'Skicka vidare hela temat' }).click();
		const form = staff.locator('form[action*="routeTheme"]');
		// Without a receiver: a clear error, nothing sent.
		await form.getByRole('button', { name: 'Skicka vidare hela temat' }).click();
		await staff.waitForSelector('.error-summary');
		await expectAccessible(staff);
		await staff
			.locator('form[action*="routeTheme"]')
			.getByLabel('Mottagare', { exact: true })
			.selectOption({ label: 'Trygghetsrådet i Solbacka' });
		await staff.locator('form[action*="routeTheme"]').getByRole('button', { name: 'Skicka vidare hela temat' }).click();
		await staff.waitForURL(/done=routeTheme/);
		expect(await staff.getByRole('status').first().textContent()).toContain(
			`${shown} synpunkter i temat är skickade vidare i ett mejl till mottagaren.`
		);
		await expectAccessible(staff);
	});
});
