/**
 * @module The opinion-map worker thread. The service loads this module with a dynamic import, so the
 * server build (Vite, then adapter-node's Rollup) emits it as a chunk file of its own; the service then
 * starts a worker on that very file (`import.meta.url`). Under tsx (CLI, tests) the URL is the .ts
 * source, and the worker gets tsx's loader. In the main thread, importing this module does nothing.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createOpinionMapHost, type ComputeRequest } from './host';

export const WORKER_ROLE = 'medskapa-opinion-map';

export type WorkerMessage = { id: number; request: ComputeRequest };
export type WorkerReply =
	| { id: number; ok: true; view: ReturnType<ReturnType<typeof createOpinionMapHost>['compute']> }
	| { id: number; ok: false; message: string };

export const workerEntryUrl = (): string => import.meta.url;

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
	const port = parentPort;
	const host = createOpinionMapHost();
	port.on('message', (msg: WorkerMessage) => {
		let reply: WorkerReply;
		try {
			reply = { id: msg.id, ok: true, view: host.compute(msg.request) };
		} catch (e) {
			reply = { id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) };
		}
		port.postMessage(reply);
	});
	port.postMessage({ ready: true });
}
