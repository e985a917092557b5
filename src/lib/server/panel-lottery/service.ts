/**
 * @module Panel lotteries are computed in a worker thread, so a LEXIMIN run (up to its time budget)
 * never holds up requests. One worker, started on first use and kept (HiGHS loads once); it computes
 * one lottery at a time. If no worker can be started (or one crashes three times), lotteries are
 * computed in this thread after setImmediate, as before. A worker that has not answered a minute after
 * the budget is stopped, and the computation reported as failed.
 */
import type { Worker } from 'node:worker_threads';
import { log } from '../log';
import { startWorkerThread } from '../worker-thread';
import { solveLottery, type LotteryOutcome, type LotteryProgress, type LotteryRequest } from './solve';
import type { WorkerMessage, WorkerReply } from './worker-entry';

/** The computation did not finish because the service was stopped (server shutdown): try again later. */
export class LotteryInterrupted extends Error {}

const GRACE_MS = 60_000;

export type PanelLotteryServiceOptions = { mode?: 'worker' | 'inline' };

/** Per computation: progress reports (phase, iteration, share done, bound, gap), now and then. */
export type SolveOptions = { onProgress?: (progress: LotteryProgress) => void };

export class PanelLotteryService {
	private mode: 'worker' | 'inline';
	private worker: Worker | null = null;
	private starting: Promise<Worker | null> | null = null;
	private nextId = 1;
	private waiting = new Map<
		number,
		{
			resolve: (o: LotteryOutcome) => void;
			reject: (e: Error) => void;
			onProgress?: (progress: LotteryProgress) => void;
		}
	>();
	private stopped = false;
	private crashes = 0;

	constructor(options: PanelLotteryServiceOptions = {}) {
		this.mode = options.mode ?? 'worker';
	}

	/** Where lotteries are computed: 'worker' (a worker thread) or 'inline' (this thread, the fallback). */
	get computesIn(): 'worker' | 'inline' {
		return this.mode;
	}

	async solve(request: LotteryRequest, options: SolveOptions = {}): Promise<LotteryOutcome> {
		if (this.stopped) throw new LotteryInterrupted('the lottery service has stopped');
		if (this.mode === 'worker') {
			const worker = await this.ensureWorker();
			if (this.stopped) throw new LotteryInterrupted('the lottery service has stopped');
			if (worker) {
				const id = this.nextId++;
				return new Promise<LotteryOutcome>((resolve, reject) => {
					const watchdog = setTimeout(() => void worker.terminate(), request.timeLimitMs + GRACE_MS);
					watchdog.unref();
					const done = () => clearTimeout(watchdog);
					this.waiting.set(id, {
						resolve: (o) => (done(), resolve(o)),
						reject: (e) => (done(), reject(e)),
						onProgress: options.onProgress
					});
					worker.postMessage({ id, request } satisfies WorkerMessage);
				});
			}
		}
		await new Promise((r) => setImmediate(r));
		return solveLottery(request, () => performance.now(), options.onProgress);
	}

	async stop(): Promise<void> {
		this.stopped = true;
		const worker = this.worker;
		this.worker = null;
		await worker?.terminate();
		for (const w of this.waiting.values()) w.reject(new LotteryInterrupted('the lottery service has stopped'));
		this.waiting.clear();
	}

	private ensureWorker(): Promise<Worker | null> {
		this.starting ??= startWorker().then(
			(worker) => {
				if (this.stopped) {
					void worker.terminate();
					return null;
				}
				this.worker = worker;
				worker.on('message', (reply: WorkerReply) => {
					const waiter = this.waiting.get(reply.id);
					if ('progress' in reply) {
						waiter?.onProgress?.(reply.progress);
						return;
					}
					this.waiting.delete(reply.id);
					if (!waiter) return;
					if (reply.ok) waiter.resolve(reply.outcome);
					else waiter.reject(new Error(reply.message));
				});
				worker.on('error', (error) => log.error({ err: error }, 'panel lottery worker failed'));
				worker.on('exit', (code) => {
					this.worker = null;
					this.starting = null;
					const reason = this.stopped
						? new LotteryInterrupted('the lottery service has stopped')
						: new Error(`the lottery worker stopped (${code})`);
					if (!this.stopped && ++this.crashes >= 3) this.mode = 'inline';
					for (const w of this.waiting.values()) w.reject(reason);
					this.waiting.clear();
				});
				worker.unref();
				log.info('panel lottery worker started');
				return worker;
			},
			(error) => {
				log.warn({ err: error }, 'no worker thread for panel lotteries; computing in the server thread');
				this.mode = 'inline';
				return null;
			}
		);
		return this.starting;
	}
}

/** Starts the worker on the worker-entry module's own file: a .js chunk when built, the .ts source under tsx. */
async function startWorker(): Promise<Worker> {
	const { workerEntryUrl, WORKER_ROLE } = await import('./worker-entry');
	return startWorkerThread(workerEntryUrl(), WORKER_ROLE, 'panel lottery');
}

let shared: PanelLotteryService | null = null;

/** The server's one service (created on first use). */
export function panelLotteries(): PanelLotteryService {
	shared ??= new PanelLotteryService();
	return shared;
}

export async function stopPanelLotteries(): Promise<void> {
	const s = shared;
	shared = null;
	await s?.stop();
}
