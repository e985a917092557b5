/**
 * The permission table, asked of the running app over HTTP. Every staff page, staff form action and API
 * endpoint in src/routes must have a row in `src/lib/domain/access/route-permissions.ts`; each row is
 * requested as every demo role, anonymously, as a working-group member signed in with their personal link,
 * and with another organisation's admin session on Solbacka's address, and must answer what the table,
 * computed from `can()`, says. Posts that would change something are fired only as actors who must be refused.
 * Its own server, so its posts disturb no other journey.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectedAnswer,
	ROUTE_PERMISSIONS,
	TABLE_ACTORS,
	type Answer,
	type RuleKey,
	type TableActor
} from '../../src/lib/domain/access/route-permissions';
import { decodeBody, readMailbox, startMailbox } from './mailbox';
import { sendForm, type Reply } from './http';
import { startServer, stopServer, type RunningServer } from './server';
import { freshDemoCode } from './support';

const SOLBACKA = 'solbacka.localhost';
const NORRVIK = 'norrvik.localhost';
const PASSWORD = 'medskapa-demo';
const MEMBER_PROCESS = 'tillsammans-i-lillby-arbetsgruppen';
const MEMBER_EMAIL = 'behorighet.medlem@lillby.example';

let server: RunningServer;
let mailbox: { url: string; close: () => Promise<void> };
let mailDir: string;
let mailboxFile: string;
let port: number;

function send(
	method: string,
	path: string,
	options: { cookie?: string; form?: Record<string, string>; host?: string } = {}
): Promise<Reply> {
	return sendForm(port, options.host ?? SOLBACKA, method, path, options);
}

/** Signs in over HTTP: password, then (organisation admins) the demo authenticator's code. */
async function signIn(email: string, host = SOLBACKA): Promise<string> {
	const first = await send('POST', '/logga-in', { host, form: { email, password: PASSWORD } });
	expect(first.status, `sign-in of ${email}`).toBe(303);
	const session = (cookies: string[]) => cookies.filter((c) => c.startsWith('medskapa_session=')).join('; ');
	if (first.location !== '/logga-in/tvastegs') return session(first.cookies);
	const second = await send('POST', '/logga-in/tvastegs?/code', {
		host,
		cookie: first.cookies.join('; '),
		form: { code: await freshDemoCode(`${host}:${port}|${email}`) }
	});
	expect(second.status, `second step of ${email}`).toBe(303);
	return session(second.cookies);
}

/** A working-group member: the facilitator adds one with an invitation, whose mail holds the personal link. */
async function signInMember(facilitator: string): Promise<string> {
	const added = await send('POST', `/hantera/processer/${MEMBER_PROCESS}/arbetsgrupp?/member`, {
		cookie: facilitator,
		form: { name: 'Behörighet Testsson', email: MEMBER_EMAIL, role: 'resident', invite: 'on' }
	});
	expect(added.status, 'adding a member').toBe(303);
	let link: string | undefined;
	for (let i = 0; i < 600 && !link; i++) {
		const mail = readMailbox(mailboxFile).find((m) => m.to.includes(MEMBER_EMAIL));
		link = mail ? decodeBody(mail.raw).match(/\/delta\/[A-Za-z0-9_-]+/)?.[0] : undefined;
		if (!link) await new Promise((r) => setTimeout(r, 200));
	}
	expect(link, 'the invitation mail with the personal link').toBeTruthy();
	const opened = await send('GET', link!);
	expect(opened.status).toBe(303);
	const cookie = opened.cookies.filter((c) => !c.endsWith('=')).join('; ');
	expect(cookie).not.toBe('');
	return cookie;
}

// — the routes in src/routes —

type Found = { route: string; key: RuleKey; page: boolean };

/** `export const actions = { a: …, b: … }` (or a helper that returns such an object) → the action names. */
function actionNames(source: string, file: string): string[] {
	const declaration = /export const actions[^=]*=\s*([\s\S]*)$/.exec(source)?.[1];
	if (!declaration) return [];
	const factory = /^(\w+)\(/.exec(declaration)?.[1];
	if (factory) {
		// A helper builds the actions: its names are the keys of the object it returns.
		const helper = [join('src', 'lib', 'server', 'plan-routes.ts')].find((f) =>
			readFileSync(f, 'utf8').includes(`export function ${factory}(`)
		);
		if (!helper) throw new Error(`${file}: actions from ${factory}(), which the test cannot read`);
		const body = readFileSync(helper, 'utf8').split(`export function ${factory}(`)[1];
		return [...(/return \{([^}]*)\}/.exec(body)?.[1] ?? '').matchAll(/(\w+):/g)].map((m) => m[1]);
	}
	// Keys at the object's top level: `name: async (…) => {`, `name: act('name')`.
	let depth = 0;
	let top = '';
	for (const ch of declaration) {
		if ('{[('.includes(ch)) depth++;
		if ('}])'.includes(ch)) {
			depth--;
			if (depth === 0) break;
			continue;
		}
		if (depth === 1) top += ch;
	}
	return [...top.matchAll(/(?:^|[{,\n])\s*(\w+)\s*:/g)].map((m) => m[1]);
}

function routesInSource(): Found[] {
	const root = join('src', 'routes');
	const found: Found[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				walk(path);
				continue;
			}
			const route = '/' + relative(root, dir).split(sep).join('/');
			if (!route.startsWith('/(staff)') && !route.startsWith('/api')) continue;
			const source = () => readFileSync(path, 'utf8');
			if (name === '+page.svelte' || name === '+page.server.ts') {
				if (!found.some((f) => f.route === route && f.key === 'GET')) found.push({ route, key: 'GET', page: true });
			}
			if (name === '+page.server.ts')
				for (const action of actionNames(source(), path))
					found.push({ route, key: action === 'default' ? 'POST' : `POST ?/${action}`, page: true });
			if (name === '+server.ts')
				for (const m of source().matchAll(
					/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE|fallback)\b/g
				))
					found.push({ route, key: m[1] === 'fallback' ? 'fallback' : (m[1] as RuleKey), page: false });
		}
	};
	walk(root);
	return found;
}

// — concrete addresses —

/** Which demo process a route is asked about, where it matters (the feature exists there). */
const SLUG_FOR: [RegExp, string][] = [
	[/\/arbetsgrupp/, MEMBER_PROCESS],
	[/\/(beslut|genomforande|nasta-varv)/, 'bruksparken-for-alla'],
	[/\/(perspektiv\/ny|intervjuer\/ny)$/, 'trygg-storgatan'],
	[/\/plan/, 'motesplats-for-unga'],
	[/\/proposals\/\[id\]/, MEMBER_PROCESS],
	[/./, 'leva-tillsammans-i-lillby']
];

type Ids = Record<string, string>;

function pathFor(route: string, ids: Ids): string {
	const slug = SLUG_FOR.find(([pattern]) => pattern.test(route))![1];
	const values: Record<string, string> = {
		slug: route.startsWith('/(staff)/plattform') ? 'solbacka' : slug,
		id: route.includes('/forslag/')
			? ids.proposal
			: route.includes('/moten/')
				? ids.meeting
				: route.includes('/beslut/')
					? ids.decision
					: route.includes('/personal/')
						? ids.staff
						: route.includes('/proposals/')
							? ids.apiProposal
							: '',
		key: ids.method,
		section: 'omvarld',
		file: route.includes('/dataskydd/') ? 'konsekvensbedomning.md' : 'perspektiv.csv',
		format: 'txt',
		token: 'ingen-giltig-lank-alls-0000000000',
		receipt: 'DM-PRK-347',
		rest: 'finns-inte'
	};
	// A public-records request: the demo's, decided.
	if (route.includes('/utlamnanden/[id]')) values.id = ids.disclosure;
	return (
		route
			.split('/')
			.filter((part) => !/^\(.*\)$/.test(part))
			.join('/')
			.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
				const value = values[name];
				if (!value) throw new Error(`${route}: no example value for [${name}] (add one in permissions.e2e.ts)`);
				return value;
			}) || '/'
	);
}

const describeAnswer = (a: Answer) =>
	typeof a === 'object' ? `303 to ${a.redirect}` : a === 'sign-in' ? '303 to /logga-in' : String(a);

function matches(expected: Answer, reply: Reply, formAction: boolean): boolean {
	if (expected === 'sign-in') return reply.status === 303 && reply.location.startsWith('/logga-in');
	if (typeof expected === 'object') return reply.status === 303 && reply.location === expected.redirect;
	if (expected === 400 && formAction) return reply.status === 400 && reply.body.includes('class="error-summary"');
	return reply.status === expected;
}

const describeReply = (r: Reply) => (r.status === 303 ? `303 to ${r.location}` : String(r.status));

describe('every staff page, form action and API endpoint answers each actor as the permission table says', () => {
	const cookies = {} as Record<TableActor, string | undefined>;
	const ids: Ids = {};

	beforeAll(async () => {
		mailDir = mkdtempSync(join(tmpdir(), 'medskapa-permissions-mail-'));
		mailboxFile = join(mailDir, 'mailbox.jsonl');
		mailbox = await startMailbox(mailboxFile);
		server = await startServer({
			plainHttp: true,
			env: {
				SMTP_URL: mailbox.url,
				MAIL_FROM: 'Solbacka kommun <dialog@solbacka.example>',
				RATE_LIMIT_SUBMISSIONS: '0',
				RATE_LIMIT_SIGN_IN: '0'
			}
		});
		port = Number(new URL(server.url).port);
		cookies.anonymous = undefined;
		cookies.admin = await signIn('admin@solbacka.example');
		cookies.facilitator = await signIn('processledare@solbacka.example');
		cookies.official = await signIn('tjansteperson@solbacka.example');
		cookies.elected = await signIn('fortroendevald@solbacka.example');
		cookies.otherOrganisation = await signIn('admin@norrvik.example', NORRVIK);
		cookies.member = await signInMember(cookies.facilitator);

		// Real identifiers, from the pages and the API.
		const first = (html: string, pattern: RegExp, what: string) => {
			const id = pattern.exec(html)?.[1];
			if (!id) throw new Error(`no ${what} found`);
			return id;
		};
		const group = (await send('GET', `/hantera/processer/${MEMBER_PROCESS}/arbetsgrupp`, { cookie: cookies.admin }))
			.body;
		ids.proposal = first(group, /\/arbetsgrupp\/forslag\/([0-9a-f-]{36})/, 'proposal');
		ids.meeting = first(group, /\/arbetsgrupp\/moten\/([0-9a-f-]{36})/, 'meeting');
		ids.decision = first(
			(await send('GET', '/hantera/processer/bruksparken-for-alla/beslut', { cookie: cookies.admin })).body,
			/\/beslut\/([0-9a-f-]{36})/,
			'decision'
		);
		ids.staff = first(
			(await send('GET', '/hantera/personal', { cookie: cookies.admin })).body,
			/\/hantera\/personal\/([0-9a-f-]{36})/,
			'staff member'
		);
		ids.disclosure = first(
			(await send('GET', '/hantera/utlamnanden', { cookie: cookies.admin })).body,
			/\/hantera\/utlamnanden\/([0-9a-f-]{36})/,
			'public-records request'
		);
		ids.method = first(
			(await send('GET', '/metoder', { cookie: cookies.admin })).body,
			/href="\/hantera\/metoder\/([\w-]+)"/,
			'method'
		);
		const proposals = JSON.parse((await send('GET', `/api/v1/processes/${MEMBER_PROCESS}/proposals`)).body)
			.proposals as { id: string }[];
		ids.apiProposal = proposals[0].id;
	}, 500_000);

	afterAll(async () => {
		if (server) {
			await stopServer(server);
			rmSync(server.dataDir, { recursive: true, force: true });
		}
		await mailbox?.close();
		if (mailDir) rmSync(mailDir, { recursive: true, force: true });
	});

	it('the process page shows the audit history to an official, and none of it to an elected member', async () => {
		const path = '/hantera/processer/leva-tillsammans-i-lillby';
		const official = await send('GET', path, { cookie: cookies.official });
		const elected = await send('GET', path, { cookie: cookies.elected });
		expect(official.status).toBe(200);
		expect(elected.status).toBe(200);
		// Who the audit table names, as the official sees it: staff names that appear nowhere else on the page.
		const auditTable = [...official.body.matchAll(/<table[\s\S]*?<\/table>/g)]
			.map((m) => m[0])
			.find((t) => /<caption[^>]*>\s*Händelser/.test(t));
		expect(auditTable, 'the audit history on the official’s page').toBeTruthy();
		const staff = (await send('GET', '/hantera/personal', { cookie: cookies.admin })).body.replace(
			/<!--[\s\S]*?-->/g,
			''
		);
		const people = [
			...staff.matchAll(
				/<td[^>]*>\s*(?:<a[^>]*>)?([^<]+?)(?:<\/a>)?\s*<\/td>\s*<td[^>]*>\s*([^<\s]+@[^<\s]+)\s*<\/td>/g
			)
		].map((m) => ({ name: m[1].trim(), email: m[2].trim() }));
		expect(people.length, 'staff listed on /hantera/personal').toBeGreaterThan(3);
		// The elected member's page is the official's without the history: every name it holds appears as
		// often as on the official's page outside the history table.
		const outsideTable = official.body.replace(auditTable!, '');
		const named = people.filter((p) => auditTable!.includes(p.name));
		expect(auditTable!.match(/<tr/g)?.length ?? 0, 'entries in the audit history').toBeGreaterThan(1);
		expect(elected.body).not.toMatch(/<caption[^>]*>\s*Händelser/);
		const count = (html: string, name: string) => html.split(name).length - 1;
		for (const person of named)
			expect(count(elected.body, person.name), `“${person.name}” on the elected member’s page`).toBe(
				count(outsideTable, person.name)
			);
		for (const person of people) expect(elected.body).not.toContain(person.email);
	});

	it('loading the draw page changes nothing: the audit log and the draw are the same before and after', async () => {
		const log = async () =>
			(await send('GET', '/hantera/logg', { cookie: cookies.admin })).body.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0];
		const draw = async () => {
			const page = await send('GET', '/hantera/processer/leva-tillsammans-i-lillby/urval/dragning', {
				cookie: cookies.official
			});
			expect(page.status).toBe(200);
			return page.body.match(/<main[\s\S]*<\/main>/)?.[0];
		};
		const verification = async () =>
			(await send('GET', '/processer/leva-tillsammans-i-lillby/urval/verifiering.json')).body;
		const logBefore = await log();
		const verificationBefore = await verification();
		const drawBefore = await draw();
		for (const who of ['admin', 'facilitator', 'official', 'elected'] as const)
			expect(
				(await send('GET', '/hantera/processer/leva-tillsammans-i-lillby/urval/dragning', { cookie: cookies[who] }))
					.status
			).toBe(200);
		await new Promise((r) => setTimeout(r, 500));
		expect(await log(), 'the audit log').toBe(logBefore);
		expect(logBefore).toBeTruthy();
		expect(await verification(), 'the public verification file').toBe(verificationBefore);
		expect(await draw(), 'the draw page').toBe(drawBefore);
	});

	it('has a row for every staff page, staff form action and API endpoint in src/routes, and no row for one that is gone', () => {
		const found = routesInSource();
		const inTable = new Set(
			ROUTE_PERMISSIONS.flatMap((row) => Object.keys(row.rules).map((key) => `${key} ${row.route}`))
		);
		const inSource = new Set(found.map((f) => `${f.key} ${f.route}`));
		expect(
			[...inSource].filter((k) => !inTable.has(k)),
			'routes, methods and form actions without a row in src/lib/domain/access/route-permissions.ts'
		).toEqual([]);
		expect(
			[...inTable].filter((k) => !inSource.has(k)),
			'rows in route-permissions.ts for routes, methods or form actions that do not exist'
		).toEqual([]);
		expect(found.length).toBeGreaterThan(100);
	});

	it('answers every row as the table says, for every actor', async () => {
		const pages = new Set(
			routesInSource()
				.filter((f) => f.page)
				.map((f) => f.route)
		);
		const wrong: string[] = [];
		let asked = 0;
		let notFired = 0;
		for (const row of ROUTE_PERMISSIONS) {
			const path = pathFor(row.route, ids);
			const ownProcess = path.includes(`/${MEMBER_PROCESS}`);
			for (const [key, rule] of Object.entries(row.rules) as [RuleKey, NonNullable<(typeof row.rules)[RuleKey]>][]) {
				for (const who of TABLE_ACTORS) {
					const expected = expectedAnswer(key, rule, who, { route: row.route, page: pages.has(row.route), ownProcess });
					if (expected === 'allowed') {
						notFired++;
						continue;
					}
					const formAction = key.startsWith('POST') && row.route.startsWith('/(staff)/hantera') && pages.has(row.route);
					const target = key.startsWith('POST ?/') ? `${path}?/${key.slice('POST ?/'.length)}` : path;
					const method = key === 'fallback' || key === 'GET' ? 'GET' : 'POST';
					const reply = await send(method, target, {
						cookie: cookies[who],
						form: method === 'POST' ? {} : undefined
					});
					asked++;
					if (!matches(expected, reply, formAction))
						wrong.push(
							`${who}: ${method} ${target} (${row.route}, ${key}, needs ${rule.needs}) answered ${describeReply(reply)}, expected ${describeAnswer(expected)}`
						);
				}
			}
		}
		console.log(`permission table: ${asked} requests, ${notFired} allowed posts not fired, ${wrong.length} wrong`);
		expect(wrong).toEqual([]);
		expect(asked).toBeGreaterThan(500);
	}, 300_000);
});
