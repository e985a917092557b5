/**
 * @module The panel-lottery worker thread. The service loads this module with a dynamic import, so the
 * server build (Vite, then adapter-node's Rollup) emits it as a chunk file of its own; the service then
 * starts a worker on that very file (`import.meta.url`). Under tsx (CLI, tests) the URL is the .ts
 * source, and the worker gets tsx's loader. In the main thread, importing this module does nothing.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { solveLottery, type LotteryOutcome, type LotteryProgress, type LotteryRequest } from './solve';

export const WORKER_ROLE = 'medskapa-panel-lottery';

export type WorkerMessage = { id: number; request: LotteryRequest };
export type WorkerReply =
	| { id: number; ok: true; outcome: LotteryOutcome }
	| { id: number; ok: false; message: string }
	/** A progress report while the computation runs (the final reply follows). */
	| { id: number; progress: LotteryProgress };

export const workerEntryUrl = (): string => import.meta.url;

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
	const port = parentPort;
	// One computation at a time: the solver is synchronous once loaded, so a queue keeps replies in order.
	let queue = Promise.resolve();
	port.on('message', (msg: WorkerMessage) => {
		queue = queue.then(async () => {
			let reply: WorkerReply;
			try {
				const outcome = await solveLottery(
					msg.request,
					() => performance.now(),
					(progress) => port.postMessage({ id: msg.id, progress } satisfies WorkerReply)
				);
				reply = { id: msg.id, ok: true, outcome };
			} catch (e) {
				reply = { id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) };
			}
			port.postMessage(reply);
		});
	});
	port.postMessage({ ready: true });
}
