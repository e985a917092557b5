/**
 * The cross-organisation probe. One installation serves Solbacka kommun (solbacka.localhost) and Norrviks
 * byalag (norrvik.localhost). Every route of the app (read from src/routes, so a new route is probed
 * without anyone remembering to) is requested on Norrvik's address with Solbacka's identifiers — process
 * slugs, proposal, meeting, decision and perspective ids, receipt codes, files — anonymously and as
 * Norrvik's admin, and every form action is posted. Nothing of Solbacka may come back and nothing of
 * Solbacka may change. Each probed URL first answers on Solbacka's own address, so the probe can fail.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendForm, type Reply } from './http';
import { startServer, stopServer, type RunningServer } from './server';
import { freshDemoCode } from './support';

type Answer = Reply;
type RouteFile = { id: string; kind: 'page' | 'endpoint'; actions: string[] };

const SOLBACKA = 'solbacka.localhost';
const NORRVIK = 'norrvik.localhost';
const PASSWORD = 'medskapa-demo';
/** Words that only Solbacka's pages contain; none may appear on Norrvik's address. */
const SOLBACKA_MARKERS = ['Solbacka', 'Lillby', 'Storgatan', 'Bruksparken', 'DM-PRK-347'];

/** Routes whose identifier no page links to, with where their organisation check is tested instead. */
const NOT_LINKED: Record<string, string> = {
	'/(public)/delta/[token]': 'a member link opened on another organisation’s address: cocreation.db.test.ts',
	'/(public)/inbjudan/[token]': 'a panel invitation opened on another organisation’s address: panel.db.test.ts',
	'/(public)/svar/[token]': 'a receiver’s answer link opened on another organisation’s address: routing.db.test.ts',
	'/(staff)/logga-in/lank/[token]':
		'a sign-in link opened on another organisation’s address: staff-sign-in-factors.db.test.ts',
	'/api/v1/[...rest]': 'catch-all that answers 404 for unknown API paths',
	'/(staff)/plattform/[slug]': 'the platform admin’s own pages (no organisation content): tenancy.e2e.ts'
};

let server: RunningServer;
let port: number;

function send(
	host: string,
	method: string,
	path: string,
	options: { cookie?: string; form?: Record<string, string> } = {}
): Promise<Answer> {
	return sendForm(port, host, method, path, options);
}

function sendJson(host: string, path: string, body: unknown): Promise<{ status: number }> {
	const text = JSON.stringify(body);
	return new Promise((ok, fail) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				method: 'POST',
				path,
				headers: {
					host: `${host}:${port}`,
					'content-type': 'application/json',
					'content-length': String(Buffer.byteLength(text))
				}
			},
			(res) => {
				res.resume();
				res.on('end', () => ok({ status: res.statusCode ?? 0 }));
			}
		);
		req.on('error', fail);
		req.end(text);
	});
}

/** Signs an admin in over HTTP: password, then the demo authenticator's code on the second-step page. */
async function signInAt(host: string, email: string): Promise<string> {
	const first = await send(host, 'POST', '/logga-in', { form: { email, password: PASSWORD } });
	expect(first.status, `sign-in of ${email} at ${host}`).toBe(303);
	if (first.location !== '/logga-in/tvastegs') return first.cookies.join('; ');
	const second = await send(host, 'POST', '/logga-in/tvastegs?/code', {
		cookie: first.cookies.join('; '),
		form: { code: await freshDemoCode(`${host}:${port}|${email}`) }
	});
	expect(second.status, `second step of ${email} at ${host}`).toBe(303);
	return second.cookies.filter((c) => c.startsWith('medskapa_session=')).join('; ');
}

/** Every route in src/routes: its id (as SvelteKit names it), whether it is a page, and its form actions. */
function routeFiles(): RouteFile[] {
	const root = join('src', 'routes');
	const found = new Map<string, RouteFile>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				walk(path);
				continue;
			}
			const match = /^\+(page|server)(\.server)?\.(ts|svelte)$/.exec(name);
			if (!match) continue;
			const id = '/' + relative(root, dir).split(sep).join('/');
			const route = found.get(id) ?? {
				id: id === '/' ? '/' : id,
				kind: match[1] === 'server' ? 'endpoint' : 'page',
				actions: []
			};
			if (name === '+page.server.ts') {
				const source = readFileSync(path, 'utf8');
				const block = /export const actions[^=]*=\s*\{([\s\S]*)\};?\s*$/.exec(source)?.[1] ?? '';
				route.actions = [...block.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
			}
			found.set(id, route);
		}
	};
	walk(root);
	return [...found.values()];
}

/** Parameters that name a kind of file or a section, the same in every organisation, not a record of one. */
const SHARED_NAMES = ['file', 'format', 'section'];
const identifies = (id: string) => [...id.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].some((m) => !SHARED_NAMES.includes(m[1]));

/** The URL path a route id matches: groups dropped, each parameter a capture. */
function routePattern(id: string): RegExp {
	const path = id
		.split('/')
		.filter((part) => !/^\(.*\)$/.test(part))
		.map((part) =>
			part
				.replace(/[.]/g, '\\.')
				.replace(/\[\.\.\.\w+\]/g, '.+')
				.replace(/\[\w+\]/g, '[^/?#]+')
		)
		.join('/');
	return new RegExp(`^${path || '/'}$`);
}

/** The route SvelteKit picks for a path: of those that match, the one with the fewest parameters. */
function ownerOf(path: string, routes: RouteFile[]): string | undefined {
	const parameters = (id: string) => (id.match(/\[/g) ?? []).length;
	return routes.filter((r) => routePattern(r.id).test(path)).sort((a, b) => parameters(a.id) - parameters(b.id))[0]?.id;
}

/**
 * Concrete Solbacka paths for a route: those found that SvelteKit would send to it; else the path itself
 * when it has no parameters; else paths of the nearest parent route that were found, with the rest of
 * the route appended (e.g. a meeting's `/live` from the meeting's own page).
 */
function candidatesFor(route: RouteFile, routes: RouteFile[], found: string[]): string[] {
	const own = found.filter((p) => routePattern(route.id).test(p) && ownerOf(p, routes) === route.id);
	if (own.length) return own;
	const literal =
		route.id
			.split('/')
			.filter((part) => !/^\(.*\)$/.test(part))
			.join('/') || '/';
	if (!literal.includes('[')) return [literal];
	const parts = route.id.split('/');
	for (let cut = parts.length - 1; cut > 1; cut--) {
		const parent = parts.slice(0, cut).join('/');
		const rest = parts.slice(cut).join('/');
		if (rest.includes('[')) continue;
		const parents = found.filter((p) => routePattern(parent).test(p) && ownerOf(p, routes) === parent);
		if (parents.length) return parents.map((p) => `${p}/${rest}`);
	}
	return [];
}

/** Solbacka's pages as its admin sees them, following every link on its own address (no downloads). */
async function crawlSolbacka(cookie: string): Promise<Set<string>> {
	const seen = new Set<string>();
	const queue = ['/', '/hantera', '/kvitto/DM-PRK-347', '/hantera/dataskydd'];
	const fetched = new Set<string>();
	while (queue.length && fetched.size < 400) {
		const path = queue.shift()!;
		if (fetched.has(path)) continue;
		fetched.add(path);
		const answer = await send(SOLBACKA, 'GET', path, { cookie });
		if (answer.status !== 200) continue;
		seen.add(path);
		for (const m of answer.body.matchAll(/href="(\/[^"#?]*)/g)) {
			const link = m[1];
			if (link.startsWith('/_app') || link.startsWith('/logga-ut') || link.startsWith('/api/')) continue;
			seen.add(link);
			const isDownload =
				/\.(pdf|csv|xlsx|docx|zip|json|txt|html|md)$/.test(link) || /\/(export|deklaration\.|pdf)/.test(link);
			if (!isDownload && !fetched.has(link)) queue.push(link);
		}
	}
	return seen;
}

describe('nothing of one organisation is visible to or changeable from another', () => {
	let solbackaAdmin: string;
	let norrvikAdmin: string;
	let solbackaPaths: Set<string>;
	let apiPaths: string[];

	beforeAll(async () => {
		server = await startServer({ plainHttp: true });
		port = Number(new URL(server.url).port);
		solbackaAdmin = await signInAt(SOLBACKA, 'admin@solbacka.example');
		norrvikAdmin = await signInAt(NORRVIK, 'admin@norrvik.example');
		solbackaPaths = await crawlSolbacka(solbackaAdmin);
		// The API is not linked from pages: its paths are built from Solbacka's slugs and proposals.
		const processes = JSON.parse((await send(SOLBACKA, 'GET', '/api/v1/processes')).body).processes as {
			slug: string;
		}[];
		// The staff endpoints (an API token or a staff session) are probed like pages of the organisation's own.
		apiPaths = ['/api/v1/receipts/DM-PRK-347', '/api/v1/outbox', '/api/v1/audit'];
		for (const { slug } of processes) {
			for (const part of [
				'',
				'/decisions',
				'/implementation',
				'/opinion-map',
				'/perspectives',
				'/proposals',
				'/report',
				'/statements',
				'/votes'
			])
				apiPaths.push(`/api/v1/processes/${slug}${part}`);
			const proposals = JSON.parse((await send(SOLBACKA, 'GET', `/api/v1/processes/${slug}/proposals`)).body)
				.proposals as { id: string }[] | undefined;
			for (const p of proposals ?? []) apiPaths.push(`/api/v1/processes/${slug}/proposals/${p.id}/arguments`);
		}
	}, 300_000);

	afterAll(async () => {
		if (server) {
			await stopServer(server);
			rmSync(server.dataDir, { recursive: true, force: true });
		}
	});

	it('probes every route: each has Solbacka URLs that work on Solbacka’s address and show nothing on Norrvik’s', async () => {
		const routes = routeFiles();
		const unprobed: string[] = [];
		let probed = 0;
		for (const route of routes) {
			if (NOT_LINKED[route.id]) continue;
			const candidates = candidatesFor(route, routes, [...solbackaPaths, ...apiPaths]);
			const hasParameter = identifies(route.id);
			// Up to three concrete URLs per route (different processes), enough to catch a missing check.
			let answered = 0;
			for (const path of candidates) {
				if (answered === (hasParameter ? 3 : 1)) break;
				// Pages of Norrvik's own (no identifier) need no control; the others must exist at Solbacka, for
				// its admin (200) or for someone else, e.g. a working-group member (403, or 303 to the group's page).
				const control = hasParameter ? await send(SOLBACKA, 'GET', path, { cookie: solbackaAdmin }) : { status: 200 };
				if (control.status === 405 && path.startsWith('/api/')) {
					// Endpoints that only take posts (votes, perspectives, arguments): posted on Norrvik's address, nothing.
					const posted = await sendJson(NORRVIK, path, { text: 'Från Norrvik' });
					expect(posted.status, `POST ${path} on Norrvik's address`).toBe(404);
					answered++;
					probed++;
					continue;
				}
				if (![200, 303, 403].includes(control.status)) continue;
				answered++;
				probed++;
				for (const [who, cookie] of [
					['anonymous', undefined],
					['Norrvik admin', norrvikAdmin]
				] as const) {
					const answer = await send(NORRVIK, 'GET', path, { cookie });
					const where = `${who} GET ${path} on Norrvik's address`;
					// An API path answers 401 to a request without credentials (the staff endpoints): nothing is shown.
					if (path.startsWith('/api/') && who === 'anonymous' && answer.status === 401) {
						expect(JSON.parse(answer.body).error.code, where).toBe('unauthorized');
						continue;
					}
					if (!hasParameter) {
						// Routes without identifiers are Norrvik's own pages there.
						expect([200, 303, 403, 404, 405], where).toContain(answer.status);
					} else {
						expect([303, 403, 404], where).toContain(answer.status);
						if (answer.status === 303) expect(answer.location, where).toMatch(/^\/logga-in|^\/delta\/logga-ut|^\/$/);
					}
					for (const marker of SOLBACKA_MARKERS)
						expect(answer.body.includes(marker), `${where} shows "${marker}"`).toBe(false);
				}
			}
			if (answered === 0) unprobed.push(route.id);
		}
		expect(
			unprobed,
			'routes with no Solbacka URL that answers there to probe (link them from a page, or explain in NOT_LINKED)'
		).toEqual([]);
		expect(probed).toBeGreaterThan(60);
	}, 600_000);

	it('posts every form action on Norrvik’s address with Solbacka’s identifiers, and Solbacka’s records do not change', async () => {
		const auditBefore = (await send(SOLBACKA, 'GET', '/hantera/logg', { cookie: solbackaAdmin })).body.match(
			/<tbody>[\s\S]*?<\/tr>/
		)?.[0];
		expect(auditBefore).toBeTruthy();
		let posted = 0;
		const all = routeFiles();
		for (const route of all) {
			if (route.actions.length === 0 || NOT_LINKED[route.id] || !identifies(route.id)) continue;
			const path = [...solbackaPaths].find((p) => routePattern(route.id).test(p) && ownerOf(p, all) === route.id);
			if (!path) continue;
			for (const action of route.actions) {
				const target = action === 'default' ? path : `${path}?/${action}`;
				const answer = await send(NORRVIK, 'POST', target, {
					cookie: norrvikAdmin,
					form: { text: 'Från Norrvik', title: 'Från Norrvik', answer: 'accept' }
				});
				posted++;
				const where = `Norrvik admin POST ${target} on Norrvik's address`;
				// Refused, not found, turned away by validation before anything was looked up, or sent back to a
				// page that itself is not found there.
				expect([303, 400, 403, 404, 405, 409, 422], where).toContain(answer.status);
				if (answer.status === 303 && !answer.location.startsWith('/logga-in')) {
					expect([403, 404], `${where}, then GET ${answer.location}`).toContain(
						(await send(NORRVIK, 'GET', answer.location, { cookie: norrvikAdmin })).status
					);
				}
				for (const marker of SOLBACKA_MARKERS)
					expect(answer.body.includes(marker), `${where} shows "${marker}"`).toBe(false);
			}
		}
		expect(posted).toBeGreaterThan(40);
		const auditAfter = (await send(SOLBACKA, 'GET', '/hantera/logg', { cookie: solbackaAdmin })).body.match(
			/<tbody>[\s\S]*?<\/tr>/
		)?.[0];
		expect(auditAfter, 'Solbacka’s latest audit entry').toBe(auditBefore);
	}, 600_000);

	it('does not accept a Solbacka session cookie on Norrvik’s address, nor the other way round', async () => {
		const norrvikWithSolbackaCookie = await send(NORRVIK, 'GET', '/hantera', { cookie: solbackaAdmin });
		expect(norrvikWithSolbackaCookie.status).toBe(303);
		expect(norrvikWithSolbackaCookie.location).toMatch(/^\/logga-in/);
		const solbackaWithNorrvikCookie = await send(SOLBACKA, 'GET', '/hantera', { cookie: norrvikAdmin });
		expect(solbackaWithNorrvikCookie.status).toBe(303);
		// Each signs in at home and sees only their own processes.
		const norrvikHome = await send(NORRVIK, 'GET', '/hantera', { cookie: norrvikAdmin });
		expect(norrvikHome.body).toContain('Vad ska byastugan användas till?');
		for (const marker of SOLBACKA_MARKERS) expect(norrvikHome.body).not.toContain(marker);
		const list = JSON.parse((await send(NORRVIK, 'GET', '/api/v1/processes')).body).processes as { slug: string }[];
		expect(list.map((p) => p.slug)).toEqual(['byastugan']);
	});
});
