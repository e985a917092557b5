/**
 * An organisation admin answers for the dialogue's records: hands a resident their register extract (PDF and
 * JSON) and closes the request, keeps the records plan (a bad rule is turned away with what was typed), and
 * disposes of what the plan makes due after a preview, leaving a disposal record. Forms with JavaScript off.
 * Its own server: confirming the disposal removes demo records other journeys look at.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/lib/server/testing/pdf-text';
import { startServer, stopServer, type RunningServer } from './server';
import { downloadedBytes, expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const ADMIN = 'admin@solbacka.example';
const RESIDENT = 'demo.boende@solbacka.example';

async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: linkName, exact: true }).click()
	]);
	return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

describe('the records plan, disposal and a register extract (JavaScript off)', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer();
	}, 120_000);
	afterAll(async () => {
		await stopServer(server);
		rmSync(server.dataDir, { recursive: true, force: true });
	});
	const browser = useBrowser();

	it('an admin registers an access request, downloads the extract and closes the request', async () => {
		const page = await (await newContext(browser(), server.url, false)).newPage();
		await signIn(page, ADMIN, 'medskapa-demo');
		// The demo's open request waits on the inbox with its due day.
		await visit(page, '/hantera');
		const requests = page.getByRole('list', { name: 'Begäranden om personuppgifter' });
		expect(await requests.getByRole('link', { name: /^Registerutdrag: svara senast / }).count()).toBe(1);

		await page.getByRole('link', { name: 'Registerutdrag', exact: true }).click();
		await page.waitForURL(/\/hantera\/registerutdrag$/);
		await expectAccessible(page);
		// A wrong address is turned away with what was typed kept.
		await page.getByLabel('E-postadress, telefonnummer eller kvittenskod').fill('demo.boende');
		await page.getByRole('button', { name: 'Registrera begäran' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Skriv en e-postadress');
		expect(await page.getByLabel('E-postadress, telefonnummer eller kvittenskod').inputValue()).toBe('demo.boende');
		await expectAccessible(page);

		await page.getByLabel('E-postadress, telefonnummer eller kvittenskod').fill(RESIDENT);
		await page.getByRole('button', { name: 'Registrera begäran' }).click();
		await page.waitForURL(/\/hantera\/registerutdrag\/arende\?id=.+&klart=registered$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(`Registerutdrag för ${RESIDENT}`);
		expect(await page.getByRole('status').textContent()).toContain('Svara senast');
		expect(await mainText(page)).toContain('Perspektiv (2)');
		await expectAccessible(page);

		const pdf = await download(page, 'Ladda ner registerutdraget (PDF)');
		expect(pdf.name).toMatch(/^registerutdrag-\d{4}-\d{2}-\d{2}\.pdf$/);
		const text = pdfText(pdf.bytes);
		expect(text).toContain('Registerutdrag');
		expect(text).toContain(RESIDENT);
		expect(text).toContain('Bruksparken för alla');
		const json = JSON.parse((await download(page, 'Ladda ner registerutdraget (JSON)')).bytes.toString('utf8'));
		expect(json.perspectives).toHaveLength(2);
		expect(json.messages.length).toBeGreaterThanOrEqual(3);
		expect(json.consents.length).toBeGreaterThanOrEqual(2);

		await page.getByRole('button', { name: 'Markera som besvarad (utdraget har lämnats)' }).click();
		await page.waitForURL(/klart=completed$/);
		expect(await page.getByRole('status').textContent()).toContain('Begäran är markerad som besvarad.');
	});

	it('an admin changes the records plan, previews the disposal and confirms it, leaving a disposal record', async () => {
		const page = await (await newContext(browser(), server.url, false)).newPage();
		await signIn(page, ADMIN, 'medskapa-demo');
		await visit(page, '/hantera/dokumenthantering');
		const messages = page.getByRole('group', { name: 'Meddelanden (utskick)' });
		expect(await messages.textContent()).toContain('Gallras 6 månader efter att uppgiften kom in');
		// A rule by age needs a number of months.
		await messages.getByLabel('Antal månader').fill('');
		await page.getByRole('button', { name: 'Spara planen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Ange ett helt antal månader');
		await expectAccessible(page);
		await messages.getByLabel('Antal månader').fill('3');
		await page.getByRole('button', { name: 'Spara planen' }).click();
		await page.waitForURL(/klart=sparad$/);
		expect(await page.getByRole('status').textContent()).toContain('Dokumenthanteringsplanen är sparad.');
		expect(await messages.textContent()).toContain('Gallras 3 månader efter att uppgiften kom in');

		await page.getByRole('link', { name: 'Till gallringen' }).click();
		await page.waitForURL(/\/hantera\/gallring$/);
		await page.getByRole('button', { name: 'Ta fram vad som ska gallras nu' }).click();
		await page.waitForURL(/klart=prepared$/);
		await expectAccessible(page);
		const preview = page.getByRole('table', { name: 'Att gallra per slags uppgift och regel' });
		expect(await preview.getByRole('row', { name: /^Perspektivens text/ }).textContent()).toContain('bevaras');
		const due = await preview
			.getByRole('row', { name: /^Meddelanden \(utskick\)/ })
			.locator('td')
			.nth(1)
			.textContent();
		expect(Number(due)).toBeGreaterThan(0);
		const confirm = page.getByRole('button', { name: /^Bekräfta gallringen av \d+ uppgifter$/ });
		const total = Number((await confirm.textContent())!.match(/\d+/)![0]);
		expect(total).toBeGreaterThanOrEqual(Number(due));

		await confirm.click();
		await page.waitForURL(/klart=confirmed$/);
		expect(await page.getByRole('status').textContent()).toContain('Gallringen är gjord');
		const log = page.getByRole('table', { name: 'Gallrade uppgifter' });
		const row = log.getByRole('row', { name: /Meddelanden \(utskick\)/ });
		expect(await row.textContent()).toContain(String(due));
		expect(await row.textContent()).toContain('Johan Lind');
		expect(await row.textContent()).toContain('Gallras 3 månader efter att uppgiften kom in');
		expect(await mainText(page)).toContain('Ingen förhandsvisning väntar.');
		await expectAccessible(page);
		// On a 320 px wide screen the page does not scroll sideways (the tables scroll in their own region).
		await page.setViewportSize({ width: 320, height: 640 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.setViewportSize({ width: 1280, height: 720 });

		// A new preview finds nothing more of what was disposed of.
		await page.getByRole('button', { name: 'Ta fram vad som ska gallras nu' }).click();
		await page.waitForURL(/klart=prepared$/);
		const again = page.getByRole('table', { name: 'Att gallra per slags uppgift och regel' });
		expect(
			await again
				.getByRole('row', { name: /^Meddelanden \(utskick\)/ })
				.locator('td')
				.nth(1)
				.textContent()
		).toBe('0');

		// Every step is in the audit log.
		await visit(page, '/hantera/logg');
		const audit = await mainText(page);
		for (const action of [
			'Gallrade uppgifter enligt dokumenthanteringsplanen',
			'Tog fram en förhandsvisning av gallring',
			'Ändrade dokumenthanteringsplanen',
			'Laddade ner ett registerutdrag',
			'Registrerade en begäran om personuppgifter'
		])
			expect(audit).toContain(action);
		// With what was disposed of, by record type (never which records).
		expect(audit).toMatch(/Meddelanden \(utskick\): \d+/);
	});
});
