/**
 * Journeys run in parallel, one vitest worker per file at a time. Every worker slot (VITEST_POOL_ID) gets its own
 * app server, database, SMTP mailbox and Chromium, started when the slot runs its first file and kept for the
 * slot's later files. This global setup owns them: it runs a small control endpoint on loopback that
 * tests/e2e/worker-setup.ts asks for its slot's server before each file, so `inject('baseURL')`,
 * `inject('mailboxFile')` and `inject('dataDir')` name that worker's own server.
 *
 * The demo is seeded once, before any worker starts: one server migrates and seeds an empty data directory and
 * stops, and every later server (the workers' and those journeys start themselves) starts on a copy of it, as a
 * restarted server would. Journeys that test the first start ask for an empty one (`startServer({ fresh: true })`).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startMailbox } from './mailbox';
import { seededDataDir, startServer, stopServer, type RunningServer } from './server';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export type WorkerServer = { baseURL: string; dataDir: string; mailboxFile: string; browserEndpoint: string };

type Slot = {
	server?: RunningServer;
	browser?: BrowserServer;
	mailbox?: { close: () => Promise<void> };
	mailDir: string;
};

const slots = new Map<string, Promise<WorkerServer>>();
const started: Slot[] = [];
let control: Server | undefined;
let template: string | undefined;

/** Seeds the demo into an empty data directory with the built server, and stops it cleanly (lock released). */
async function seedTemplate(): Promise<string> {
	const server = await startServer({ fresh: true, timeoutMs: 600_000 });
	const code = await stopServer(server);
	if (code !== 0) throw new Error(`The seeding server exited with ${code}:\n${server.output()}`);
	return server.dataDir;
}

async function startSlot(): Promise<WorkerServer> {
	const slot: Slot = { mailDir: mkdtempSync(join(tmpdir(), 'medskapa-mail-')) };
	started.push(slot);
	const mailboxFile = join(slot.mailDir, 'mailbox.jsonl');
	const smtp = await startMailbox(mailboxFile);
	slot.mailbox = smtp;
	// The journeys send many perspectives from one address; the limits themselves are tested in security.e2e.ts.
	const [server, browser] = await Promise.all([
		startServer({
			dataDir: seededDataDir(),
			timeoutMs: 600_000,
			env: {
				SMTP_URL: smtp.url,
				MAIL_FROM: 'Solbacka kommun <dialog@solbacka.example>',
				RATE_LIMIT_SUBMISSIONS: '1000',
				RATE_LIMIT_SIGN_IN: '100'
			}
		}),
		chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, host: '127.0.0.1' })
	]);
	slot.server = server;
	slot.browser = browser;
	return { baseURL: server.url, dataDir: server.dataDir, mailboxFile, browserEndpoint: browser.wsEndpoint() };
}

/** Sessions support.ts kept for reuse name a server by its port: none may outlive the run that made it. */
function forgetSavedSessions() {
	const prefix = `medskapa-e2e-session-${process.getuid?.() ?? 0}-`;
	for (const name of readdirSync(tmpdir())) if (name.startsWith(prefix)) rmSync(join(tmpdir(), name), { force: true });
}

export async function setup(project: TestProject) {
	forgetSavedSessions();
	template = await seedTemplate();
	process.env.MEDSKAPA_E2E_TEMPLATE = template;
	project.provide('templateDir', template);
	control = createServer((req, res) => {
		const id = decodeURIComponent(new URL(req.url ?? '/', 'http://control').pathname.slice(1)) || 'default';
		if (!slots.has(id)) slots.set(id, startSlot());
		slots.get(id)!.then(
			(worker) => {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify(worker));
			},
			(error: unknown) => {
				res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(String(error instanceof Error ? error.stack : error));
			}
		);
	});
	await new Promise<void>((ok) => control!.listen(0, '127.0.0.1', () => ok()));
	const address = control.address();
	project.provide('e2eControl', `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
}

export async function teardown() {
	await new Promise<void>((ok) => (control ? control.close(() => ok()) : ok()));
	await Promise.all([...slots.values()].map((p) => p.catch(() => undefined)));
	await Promise.all(
		started.map(async (slot) => {
			await slot.browser?.close();
			if (slot.server) {
				await stopServer(slot.server);
				rmSync(slot.server.dataDir, { recursive: true, force: true });
			}
			await slot.mailbox?.close();
			rmSync(slot.mailDir, { recursive: true, force: true });
		})
	);
	if (template) rmSync(template, { recursive: true, force: true });
	forgetSavedSessions();
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The worker's own app server, e.g. http://127.0.0.1:40123 (set per worker by worker-setup.ts). */
		baseURL: string;
		/** Its data directory. */
		dataDir: string;
		/** The file its SMTP mailbox appends every delivered message to (see mailbox.ts). */
		mailboxFile: string;
		/** The worker's shared Chromium (a Playwright browser server), used by useBrowser(). */
		browserEndpoint: string;
		/** Where worker-setup.ts asks for its worker's server. */
		e2eControl: string;
		/** The data directory seeded once with the demo; servers start on copies of it (server.ts). */
		templateDir: string;
	}
}
