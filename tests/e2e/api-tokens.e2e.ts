import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/server/seed/demo';
import { expectAccessible, newContext, signIn, useBrowser, visit } from './support';

const baseURL = inject('baseURL');
const LILLBY = 'leva-tillsammans-i-lillby';
const NAME = 'Analysverktyget';

const withToken = (token: string | null, path: string, init: RequestInit = {}) =>
	fetch(`${baseURL}${path}`, {
		...init,
		headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) }
	});

describe('API tokens for staff tools', () => {
	const browser = useBrowser();

	it('the admin makes a read token in the browser, a tool reads perspectives with it, the admin revokes it: 401', async () => {
		const page = await (await newContext(browser(), baseURL, true)).newPage();
		await signIn(page, 'admin@solbacka.example', DEMO_PASSWORD);
		await page.getByRole('link', { name: 'API-nycklar' }).click();
		await page.waitForURL(/\/hantera\/api-nycklar$/);
		await expectAccessible(page);

		// A name is needed.
		await page.getByRole('button', { name: 'Skapa API-nyckeln' }).click();
		await page.getByRole('link', { name: /Ge API-nyckeln ett namn/ }).waitFor();
		await expectAccessible(page);

		await page.getByLabel('Namn').fill(NAME);
		await page.getByLabel('Läsa', { exact: true }).check();
		await page.getByRole('button', { name: 'Skapa API-nyckeln' }).click();
		await page.getByRole('heading', { name: `API-nyckeln ${NAME} är skapad` }).waitFor();
		const token = (await page.getByTestId('api-token').textContent())!.trim();
		expect(token).toMatch(/^msk_[A-Za-z0-9_-]{43}$/);
		await expectAccessible(page);

		// Shown once: the list has the token's name and scope, never the token.
		await visit(page, '/hantera/api-nycklar');
		const row = page.getByRole('row', { name: new RegExp(NAME) });
		expect(await row.textContent()).toContain('Läsa');
		expect(await row.textContent()).toContain('Aldrig');
		expect(await page.content()).not.toContain(token);

		// Without a token the staff view is closed; with it, every perspective, hidden ones with their reason.
		const anonymous = await withToken(null, `/api/v1/processes/${LILLBY}/perspectives`);
		expect(anonymous.status).toBe(401);
		expect((await anonymous.json()).error.code).toBe('unauthorized');
		const res = await withToken(token, `/api/v1/processes/${LILLBY}/perspectives`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('private, no-store');
		const body = await res.json();
		expect(body.process.slug).toBe(LILLBY);
		const hidden = body.perspectives.filter((p: { status: string }) => p.status === 'hidden');
		expect(hidden.length).toBeGreaterThan(0);
		expect(hidden[0].hiddenReason.length).toBeGreaterThan(0);
		expect(JSON.stringify(body)).not.toMatch(/"(email|phone|ageBand|relation|receipt)":/);

		// A read token changes nothing: 403 before the route runs, so nothing is stored.
		const post = await withToken(token, `/api/v1/processes/${LILLBY}/perspectives`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ text: 'Skickat med en läsnyckel' })
		});
		expect(post.status).toBe(403);
		expect((await post.json()).error.code).toBe('forbidden');

		// Every use is in the audit log: token and endpoint, never the body.
		const audit = await (await withToken(token, '/api/v1/audit?limit=20')).json();
		const uses = audit.entries.filter((e: { action: string }) => e.action === 'api_token.used');
		expect(
			uses.map((e: { details: { method: string; status: number } }) => e.details.method + e.details.status)
		).toEqual(expect.arrayContaining(['GET200', 'POST403']));
		expect(uses[0].details.name).toBe(NAME);
		expect(JSON.stringify(audit)).not.toContain('Skickat med en läsnyckel');
		expect((await withToken(token, '/api/v1/outbox')).status).toBe(200);

		// The page shows when it was last used; the admin revokes it, and it answers 401 from then on.
		await visit(page, '/hantera/api-nycklar');
		expect(await page.getByRole('row', { name: new RegExp(NAME) }).textContent()).not.toContain('Aldrig');
		await page.getByRole('button', { name: `Återkalla ${NAME}` }).click();
		await page.getByRole('status').filter({ hasText: 'API-nyckeln är återkallad' }).waitFor();
		expect(await page.getByRole('row', { name: new RegExp(NAME) }).textContent()).toContain('Återkallad');
		await expectAccessible(page);
		const revoked = await withToken(token, `/api/v1/processes/${LILLBY}/perspectives`);
		expect(revoked.status).toBe(401);
		const refusal = await revoked.json();
		expect(refusal.error.code).toBe('unauthorized');
		expect(refusal.error.message.length).toBeGreaterThan(10);
	});

	it('an elected member cannot open the token page, and the public API needs no token', async () => {
		const page = await (await newContext(browser(), baseURL, false)).newPage();
		await signIn(page, 'fortroendevald@solbacka.example', DEMO_PASSWORD);
		const response = await page.goto('/hantera/api-nycklar');
		expect(response?.status()).toBe(403);
		expect((await fetch(`${baseURL}/api/v1/processes`)).status).toBe(200);
	});
});
