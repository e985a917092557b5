/**
 * Bad input never gives a server error. Every route of the app is read from src/routes (so a new route is
 * fuzzed without anyone remembering to), its pages are fetched once to learn their form fields, and then
 * thousands of generated requests go to its pages, form actions and endpoints — anonymously and as an elected
 * member (a staff role that changes nothing, so the shared server's other journeys are not disturbed):
 * wrong and missing body types, broken multipart and JSON, NUL and other control characters in fields, paths
 * and queries, odd methods, huge and strange values. No answer may be a 5xx, and none may hang.
 *
 * The generator is seeded (FUZZ_SEED, printed), so a failure reproduces; FUZZ_REQUESTS sets how many,
 * FUZZ_CONCURRENCY how many at a time, and FUZZ_LOG names a file to write every request to as it is sent.
 * Requests come from a loopback address of their own, so the rate limits they run into are not the other
 * journeys' limits.
 */
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
/** Another loopback address than the journeys' 127.0.0.1: the server's per-address limits count it apart. */
const SOURCE_ADDRESS = '127.0.0.73';

// — a small seeded PRNG (mulberry32) —
function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)];
	const chance = (p: number) => next() < p;
	return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

// — the routes, from src/routes —
type Route = { id: string; page: boolean; actions: string[]; methods: string[] };

function discoverRoutes(): Route[] {
	const root = join('src', 'routes');
	const found = new Map<string, Route>();
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
			const route = found.get(id) ?? { id, page: false, actions: [], methods: [] };
			if (match[1] === 'page') route.page = true;
			const source = name.endsWith('.ts') ? readFileSync(path, 'utf8') : '';
			if (name === '+page.server.ts') {
				const block = /export const actions[^=]*=\s*\{([\s\S]*)\};?\s*$/.exec(source)?.[1] ?? '';
				route.actions = [...block.matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
			}
			if (name === '+server.ts')
				route.methods = [
					...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE|fallback)\b/g)
				].map((m) => m[1]);
			found.set(id, route);
		}
	};
	walk(root);
	return [...found.values()];
}

/** Downloads and documents rendered on request (PDF, archive, exports) and live streams are costly: fuzzed less. */
const isHeavy = (id: string) => /pdf|export|deklaration\.|\[file\]|\/live$|arkiv/.test(id);

// — values —
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const NASTY_STRINGS = [
	'',
	' ',
	'a\u0000b',
	'\u0000',
	CONTROL,
	'rad ett\r\nrad två\ttabb',
	'Belysningen vid stationen behöver lagas.',
	'x'.repeat(5000),
	'ö'.repeat(141),
	'🙂👩‍👩‍👧‍👦',
	'\u202eRTL\u202c',
	'e\u0301\u0301\u0301',
	'\ud800',
	'\uffff\ufffe',
	"' OR 1=1 --",
	'"; DROP TABLE processes; --',
	'<script>alert(1)</script>',
	'{{7*7}}${7*7}',
	'../../../../etc/passwd',
	'%00',
	'%',
	'-1',
	'0',
	'1e309',
	'NaN',
	'99999999999999999999999',
	'2026-13-45',
	'9999-12-31',
	'0000-00-00T25:61',
	'true',
	'null',
	'[]',
	'{}',
	'yes',
	'on',
	'agree',
	'accept',
	'00000000-0000-4000-8000-000000000000',
	'not-a-uuid',
	'AB-CDE-FGH',
	'namn@exempel.se',
	'a@',
	'+46701234567',
	'__proto__',
	'constructor'
];
const FIELD_NAMES = [
	'text',
	'title',
	'email',
	'password',
	'code',
	'id',
	'statementId',
	'vote',
	'answer',
	'reason',
	'name',
	'role',
	'phase',
	'expectedPhase',
	'date',
	'file',
	'contact.email',
	'contact.phone',
	'influence.whoDecides',
	'__proto__.polluted',
	'a..b',
	'.',
	'x\u0000y'
];

function nastyString(rng: Rng, known: string[]): string {
	const base = known.length && rng.chance(0.3) ? rng.pick(known) : rng.pick(NASTY_STRINGS);
	if (rng.chance(0.25)) {
		const at = rng.int(base.length + 1);
		return base.slice(0, at) + String.fromCharCode(rng.int(32)) + base.slice(at);
	}
	return base;
}

function nastyJson(rng: Rng, depth = 0): unknown {
	switch (rng.int(depth > 2 ? 4 : 7)) {
		case 0:
			return nastyString(rng, []);
		case 1:
			return rng.pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2]);
		case 2:
			return rng.pick([true, false, null]);
		case 3:
			return rng.pick(['agree', 'disagree', 'pass', 'accept']);
		case 4:
			return Array.from({ length: rng.int(4) }, () => nastyJson(rng, depth + 1));
		default: {
			const o: Record<string, unknown> = {};
			for (let i = rng.int(5); i > 0; i--) o[rng.pick(FIELD_NAMES)] = nastyJson(rng, depth + 1);
			return o;
		}
	}
}

// — one request —
type Fuzzed = {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: Buffer;
	who: string;
	route: string;
};
type Answer = { status: number; ms: number };

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const target = new URL(baseURL);

function send(r: Fuzzed): Promise<Answer> {
	const started = performance.now();
	return new Promise((ok) => {
		const headers: Record<string, string> = { ...r.headers, host: target.host };
		if (r.body) headers['content-length'] = String(r.body.length);
		const req = request(
			{
				host: target.hostname,
				port: target.port,
				method: r.method,
				path: r.path,
				headers,
				agent,
				localAddress: SOURCE_ADDRESS,
				timeout: 30_000
			},
			(res) => {
				const answer = { status: res.statusCode ?? 0, ms: Math.round(performance.now() - started) };
				// A live stream (server-sent events) never ends: its status is the answer.
				if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
					req.destroy();
					return ok(answer);
				}
				res.resume();
				res.on('end', () => ok(answer));
				res.on('error', () => ok(answer));
			}
		);
		// A refused connection or a reset while sending a body the server has already answered: status 0 only if no answer came.
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', () => ok({ status: 0, ms: Math.round(performance.now() - started) }));
		req.end(r.body);
	});
}

function encodeForm(fields: [string, string][]): string {
	return new URLSearchParams(fields).toString();
}

function multipart(rng: Rng, fields: [string, string][]): { type: string; body: Buffer } {
	const boundary = `fuzz${rng.int(1e9)}`;
	const parts = fields.map(([name, value]) =>
		rng.chance(0.2)
			? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${nastyString(rng, ['a.csv', 'b.xlsx'])}"\r\nContent-Type: ${rng.pick(['text/csv', 'application/octet-stream', 'application/json'])}\r\n\r\n${value}\r\n`
			: `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
	);
	let body = parts.join('') + `--${boundary}--\r\n`;
	let type = `multipart/form-data; boundary=${boundary}`;
	switch (rng.int(8)) {
		case 0: // truncated
			body = body.slice(0, rng.int(body.length));
			break;
		case 1: // no boundary parameter
			type = 'multipart/form-data';
			break;
		case 2: // another boundary than the body's
			type = 'multipart/form-data; boundary=other';
			break;
		case 3: // not multipart at all
			body = nastyString(rng, []);
			break;
	}
	return { type, body: Buffer.from(body) };
}

function body(rng: Rng, names: string[]): { type?: string; body?: Buffer } {
	const fieldNames = names.length ? names : FIELD_NAMES;
	const fields: [string, string][] = Array.from({ length: rng.int(7) }, () => [
		rng.chance(0.9) ? rng.pick(fieldNames) : rng.pick(FIELD_NAMES),
		nastyString(rng, [])
	]);
	switch (rng.int(12)) {
		case 0:
		case 1:
		case 2:
			return { type: 'application/x-www-form-urlencoded', body: Buffer.from(encodeForm(fields)) };
		case 3: // broken percent-encoding and raw bytes
			return {
				type: 'application/x-www-form-urlencoded',
				body: Buffer.concat([
					Buffer.from(`${rng.pick(fieldNames)}=%E0%A4%A&%%%=%ZZ&a=`),
					Buffer.from([0, 0xff, 0xfe, 0xc0, 0x80])
				])
			};
		case 4:
		case 5:
			return multipart(rng, fields);
		case 6:
			return { type: 'application/json', body: Buffer.from(JSON.stringify(nastyJson(rng))) };
		case 7:
			return {
				type: rng.pick(['application/json', 'application/json; charset=latin1']),
				body: Buffer.from(
					rng.pick(['{', '{"text":"a\\u0000b"}', '[1,2', '\u0000', '"\\ud800"', '['.repeat(20_000), 'null', ''])
				)
			};
		case 8:
			return { type: 'text/plain', body: Buffer.from(encodeForm(fields)) };
		case 9:
			return {
				type: rng.pick(['application/xml', 'image/png', 'text/html', 'x/y', ';;', 'multipart/mixed']),
				body: Buffer.from('<x/>')
			};
		case 10:
			return { body: Buffer.from(encodeForm(fields)) }; // no content type
		default:
			return {};
	}
}

const GARBAGE_SEGMENTS = [
	'%00',
	'a%00b',
	'%01',
	'%0A',
	'%FF',
	'%C0%AF',
	'..',
	'%2e%2e%2f',
	'x'.repeat(300),
	'%F0%9F%99%82',
	'%E2%80%AE',
	"'",
	'%20',
	'-1',
	'0',
	'%'
];

describe('fuzz: no generated request gets a server error', () => {
	const routes = discoverRoutes();
	const values: Record<string, string[]> = {};
	let session = '';
	const fieldsByRoute = new Map<string, string[]>();

	beforeAll(async () => {
		// Real identifiers to reach deeper than "not found": published processes and their proposals, method keys.
		const processes = (await (await fetch(`${baseURL}/api/v1/processes`)).json()).processes as { slug: string }[];
		values.slug = processes.map((p) => p.slug);
		values.id = [];
		for (const { slug } of processes) {
			const proposals = await fetch(`${baseURL}/api/v1/processes/${slug}/proposals`);
			if (proposals.ok) values.id.push(...((await proposals.json()).proposals ?? []).map((p: { id: string }) => p.id));
		}
		values.key = ((await (await fetch(`${baseURL}/api/v1/methods`)).json()).methods ?? []).map(
			(m: { key: string }) => m.key
		);
		values.format = ['txt', 'html', 'docx', 'pdf'];
		values.file = [
			'perspektiv.csv',
			'processen.xlsx',
			'arkiv.zip',
			'konsekvensbedomning.md',
			'konsekvensbedomning.html'
		];
		values.section = ['context', 'conflict', 'goals', 'x'];
		// The elected member signs in over HTTP (no second step for that role).
		const signIn = await fetch(`${baseURL}/logga-in`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL, accept: 'text/html' },
			body: new URLSearchParams({ email: 'fortroendevald@solbacka.example', password: 'medskapa-demo' })
		});
		expect(signIn.status).toBe(303);
		session = signIn.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		expect(session).toContain('medskapa_session=');
		// Unpublished processes the elected member can see.
		const home = await (await fetch(`${baseURL}/hantera`, { headers: { cookie: session } })).text();
		for (const m of home.matchAll(/href="\/hantera\/processer\/([a-z0-9-]+)"/g))
			if (!values.slug.includes(m[1])) values.slug.push(m[1]);
	}, 60_000);

	/** A concrete path for a route id: real identifiers mostly, garbage sometimes. */
	function pathFor(rng: Rng, id: string): string {
		const path = id
			.split('/')
			.filter((part) => !/^\(.*\)$/.test(part))
			.map((part) =>
				part.replace(/\[(\.\.\.)?(\w+)\]/g, (_all, rest: string | undefined, name: string) => {
					if (rest) return rng.pick(['x', 'a/b/c', '%00', 'processes/%00/votes']);
					const known = values[name] ?? [];
					if (known.length && rng.chance(0.8)) return encodeURIComponent(rng.pick(known));
					if (rng.chance(0.5)) return rng.pick(GARBAGE_SEGMENTS);
					// Shapes of real identifiers that name nothing: a receipt code, a token, a UUID.
					return rng.pick(['AB-CDE-FGH', 'dGhpcy1pcy1ub3QtYS10b2tlbi1hdC1hbGwtMTIz', crypto.randomUUID()]);
				})
			)
			.join('/');
		return path || '/';
	}

	function query(rng: Rng): string {
		if (!rng.chance(0.15)) return '';
		const pairs = Array.from({ length: 1 + rng.int(3) }, () => [
			rng.pick([
				'next',
				'done',
				'forra',
				'grupp',
				'metod',
				'sparad',
				'klart',
				'verifiering',
				'lang',
				'q',
				'after',
				'x'
			]),
			nastyString(rng, [])
		]);
		return `?${new URLSearchParams(pairs).toString()}`;
	}

	it(`answers ${REQUESTS} generated requests over every route without a 5xx`, async () => {
		const rng = prng(SEED);
		const started = performance.now();
		const costByRoute = new Map<string, number>();
		// Never end the fuzzer's own session, nor change the elected member's sign-in methods.
		const sessionSafe = (path: string, method: string) =>
			method === 'GET' || !/^\/(logga-ut|hantera\/konto)/.test(path);

		// First, every page once per actor: its form fields are what the bodies are made of.
		const firstRound: Fuzzed[] = [];
		for (const route of routes.filter((r) => r.page))
			for (const who of ['anonymous', 'elected'])
				firstRound.push({
					method: 'GET',
					path: pathFor(rng, route.id),
					headers: { accept: 'text/html', ...(who === 'elected' ? { cookie: session } : {}) },
					who,
					route: route.id
				});
		const learnFields = async (r: Fuzzed) => {
			const started = performance.now();
			const res = await fetch(`${baseURL}${r.path}`, { headers: r.headers, redirect: 'manual' });
			const html = res.headers.get('content-type')?.startsWith('text/html') ? await res.text() : '';
			const names = [...html.matchAll(/<(?:input|textarea|select|button)\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
			fieldsByRoute.set(r.route, [...new Set([...(fieldsByRoute.get(r.route) ?? []), ...names])]);
			const ms = Math.round(performance.now() - started);
			costByRoute.set(r.route, Math.max(costByRoute.get(r.route) ?? 0, ms));
			return { status: res.status, ms };
		};

		const statuses = new Map<number, number>();
		const failures: string[] = [];
		let slowest = { ms: 0, what: '' };
		const describeRequest = (r: Fuzzed) =>
			`${r.who} ${r.method} ${r.path} [${r.headers['content-type'] ?? 'no type'}] ${r.body ? JSON.stringify(r.body.toString('utf8').slice(0, 120)) : ''}`;
		const run = async (list: Fuzzed[], one: (r: Fuzzed) => Promise<Answer>) => {
			let next = 0;
			await Promise.all(
				Array.from({ length: CONCURRENCY }, async () => {
					while (next < list.length) {
						const r = list[next++];
						if (process.env.FUZZ_LOG) appendFileSync(process.env.FUZZ_LOG, `${describeRequest(r)}\n`);
						const answer = await one(r);
						statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
						if (answer.status >= 500 || answer.status === 0) failures.push(`${answer.status} ← ${describeRequest(r)}`);
						if (answer.ms > slowest.ms) slowest = { ms: answer.ms, what: describeRequest(r) };
					}
				})
			);
		};
		await run(firstRound, learnFields);
		// Pages that take long to render (long lists, documents) are chosen less often, so the run stays short;
		// every route is still chosen many times.
		const weights = routes.map((r) => (isHeavy(r.id) ? 0.05 : 1) * Math.min(1, 60 / (costByRoute.get(r.id) ?? 1)));
		const total = weights.reduce((a, b) => a + b, 0);
		const pickRoute = (rng: Rng): Route => {
			let at = rng.next() * total;
			for (const [i, w] of weights.entries()) if ((at -= w) < 0) return routes[i];
			return routes[routes.length - 1];
		};
		const generated: Fuzzed[] = [];
		while (generated.length + firstRound.length < REQUESTS) {
			const route = pickRoute(rng);
			const who = rng.chance(0.4) ? 'elected' : 'anonymous';
			let path = pathFor(rng, route.id);
			if (rng.chance(0.08)) path += `/${rng.pick(GARBAGE_SEGMENTS)}`;
			const takesBody = route.actions.length > 0 || route.methods.some((m) => m !== 'GET');
			const method =
				takesBody && rng.chance(0.6)
					? 'POST'
					: rng.chance(0.9)
						? 'GET'
						: rng.pick(['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'POST']);
			if (who === 'elected' && !sessionSafe(path, method)) continue;
			const headers: Record<string, string> = {
				accept: rng.pick(['text/html', 'text/html', 'application/json', '*/*'])
			};
			if (who === 'elected') headers.cookie = session;
			if (rng.chance(0.1))
				headers.cookie = [
					headers.cookie,
					`medskapa_deltagare=${rng.pick(['%00', 'x'.repeat(32), 'kort'])}`,
					'medskapa_lang=%00'
				]
					.filter(Boolean)
					.join('; ');
			let requestBody: Buffer | undefined;
			if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
				if (rng.chance(0.92)) headers.origin = baseURL;
				const made = body(rng, fieldsByRoute.get(route.id) ?? []);
				if (made.type) headers['content-type'] = made.type;
				requestBody = made.body;
				if (route.actions.length && rng.chance(0.9)) {
					const action = rng.pick(route.actions);
					path += action === 'default' ? '' : `?/${action}`;
				}
			} else path += query(rng);
			generated.push({ method, path, headers, body: requestBody, who, route: route.id });
		}

		await run(generated, send);
		agent.destroy();

		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const summary = [...statuses.entries()]
			.sort((a, b) => a[0] - b[0])
			.map(([status, n]) => `${status}: ${n}`)
			.join(', ');
		console.log(
			`fuzz (seed ${SEED}): ${firstRound.length + generated.length} requests over ${routes.length} routes in ${seconds} s — ${summary}; slowest ${slowest.ms} ms (${slowest.what.slice(0, 160)})`
		);
		expect(failures.slice(0, 20), `server errors or no answer (FUZZ_SEED=${SEED})`).toEqual([]);
		expect(firstRound.length + generated.length).toBeGreaterThanOrEqual(REQUESTS);
	}, 300_000);
});
