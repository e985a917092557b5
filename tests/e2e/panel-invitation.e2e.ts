import { describe, expect, inject, it } from 'vitest';
import { decodeBody, readMailbox } from './mailbox';
import { expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const mailboxFile = inject('mailboxFile');
const SLUG = 'leva-tillsammans-i-lillby';
const INVITATIONS = `/hantera/processer/${SLUG}/urval/inbjudningar`;

/** Panel invitations delivered to the test mailbox: who got them and their personal reply link. */
async function waitForInvitations(count: number): Promise<{ to: string; link: string }[]> {
	for (let i = 0; i < 150; i++) {
		const found = readMailbox(mailboxFile).flatMap((m) => {
			const link = decodeBody(m.raw).match(/https?:\/\/[^\s]+(\/inbjudan\/[\w-]+)/);
			return link ? [{ to: m.to[0], link: link[1] }] : [];
		});
		if (found.length >= count) return found;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`fewer than ${count} panel invitations were delivered`);
}

describe('answering an invitation to a panel drawn by lot', () => {
	const browser = useBrowser();

	it('two drawn volunteers open their personal links: one says yes (JavaScript on), one says no (JavaScript off); staff see both answers', async () => {
		const staff = await (await newContext(browser(), baseURL, true)).newPage();
		await signIn(staff, 'processledare@solbacka.example', 'medskapa-demo');
		await visit(staff, INVITATIONS);
		await staff.getByRole('button', { name: 'Skicka inbjudningar' }).click();
		await staff.waitForURL(/sent=16/);
		expect(await staff.getByRole('status').textContent()).toBe(
			'16 inbjudningar och 6 besked till reserver är köade för utskick.'
		);
		await expectAccessible(staff);
		const [yes, no] = await waitForInvitations(2);

		// With JavaScript: read the invitation, say yes.
		const accepting = await (await newContext(browser(), baseURL, true)).newPage();
		await visit(accepting, yes.link);
		expect(await accepting.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Inbjudan till Lottad arbetsgrupp för Lillby'
		);
		const invitation = (await accepting.textContent('main')) ?? '';
		expect(invitation).toContain('Du har lottats fram till panelen. Vill du vara med?');
		// The link is personal, but the page shows nothing about the person.
		expect(invitation).not.toContain(yes.to);
		expect(invitation).not.toMatch(/@lillby\.example/);
		await accepting.getByRole('button', { name: 'Ja, jag vill vara med' }).click();
		await accepting.waitForURL(/svar=1/);
		expect(await accepting.getByRole('status').textContent()).toBe(
			'Tack! Du har tackat ja. Vi hör av oss med datum och mer information.'
		);
		await expectAccessible(accepting);
		// An answer is final: opening the link again shows it, with no buttons.
		await visit(accepting, yes.link);
		expect(await accepting.getByRole('button', { name: 'Nej tack' }).count()).toBe(0);
		expect(await accepting.getByRole('status').textContent()).toContain('Du har tackat ja.');

		// Without JavaScript: the same page and form work; say no.
		const declining = await (await newContext(browser(), baseURL, false)).newPage();
		await visit(declining, no.link);
		await declining.getByRole('button', { name: 'Nej tack' }).click();
		await declining.waitForURL(/svar=1/);
		expect(await declining.getByRole('status').textContent()).toBe(
			'Du har tackat nej. Tack för att du svarade, då kan vi fråga en reserv.'
		);
		await expectAccessible(declining);
		await declining
			.getByRole('link', { name: /lottningen/i })
			.first()
			.click();
		await declining.waitForURL(new RegExp(`/processer/${SLUG}/urval$`));
		await expectAccessible(declining);

		// A link that is not (or no longer) anyone's leads nowhere.
		const stranger = await (await newContext(browser(), baseURL, false)).newPage();
		expect((await stranger.goto('/inbjudan/inte-en-riktig-lank'))?.status()).toBe(404);
		await expectAccessible(stranger);

		// Staff see both answers, and are offered the next reserve for the one who said no.
		await visit(staff, INVITATIONS);
		const members = staff.getByRole('table', { name: 'Valda' });
		expect(await members.getByRole('row', { name: new RegExp(yes.to.replace(/\./g, '\\.')) }).textContent()).toContain(
			'Tackat ja'
		);
		const declined = members.getByRole('row', { name: new RegExp(no.to.replace(/\./g, '\\.')) });
		expect(await declined.textContent()).toContain('Tackat nej');
		expect(await declined.getByRole('button', { name: /^Bjud in nästa reserv i stället för / }).count()).toBe(1);
		expect(await members.getByText('Inbjuden, inget svar').count()).toBe(14);
		// The panel page says when volunteers' details go.
		await visit(staff, `/hantera/processer/${SLUG}/urval`);
		const panelPage = (await staff.textContent('main')) ?? '';
		expect(panelPage).toContain('Uppgifterna om de som inte lottades tas bort när panelen är komplett');
		expect(panelPage).toContain('Just nu är namn och kontaktuppgifter sparade för 150 anmälda.');
	});
});
