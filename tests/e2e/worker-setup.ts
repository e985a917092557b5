/**
 * Runs before every journey file: asks the global setup for this worker's own server (started the first time
 * the worker asks) and makes `inject('baseURL')`, `inject('dataDir')`, `inject('mailboxFile')` and
 * `inject('browserEndpoint')` name it, so files keep reading them at their top level.
 */
import { get } from 'node:http';
import { inject } from 'vitest';
import type { WorkerServer } from './global-setup';

const slot = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? 'default';
// node:http rather than fetch: fetch gives up waiting for the answer after 5 minutes, and starting can take long.
const worker = await new Promise<WorkerServer>((ok, fail) => {
	get(`${inject('e2eControl')}/${encodeURIComponent(slot)}`, (res) => {
		let body = '';
		res.setEncoding('utf8');
		res.on('data', (chunk: string) => (body += chunk));
		res.on('end', () =>
			res.statusCode === 200
				? ok(JSON.parse(body) as WorkerServer)
				: fail(new Error(`No server for worker ${slot}:\n${body}`))
		);
	}).on('error', fail);
});

// vitest's `inject` reads the worker's provided context; set this worker's values there.
const state = (globalThis as { __vitest_worker__?: { providedContext: Record<string, unknown> } }).__vitest_worker__;
if (!state) throw new Error('worker-setup.ts must run inside a vitest worker');
Object.assign(state.providedContext, worker);
// Servers this file starts itself begin on a copy of the seeded demo (server.ts, seededDataDir).
process.env.MEDSKAPA_E2E_TEMPLATE = inject('templateDir');
