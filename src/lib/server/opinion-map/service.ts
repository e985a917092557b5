/**
 * @module The live opinion maps of the running server. Votes are noted after they are committed; a
 * debounced tick sends the new ones to a worker thread, which keeps each process's engine state in memory
 * and answers with the public view. Requests never wait for the engine, except a first results page that
 * waits briefly for the very first map. Nothing derived is stored: on start (or after a worker crash) the
 * map is rebuilt from the votes table. If no worker can be started, ticks run in this thread, one at a
 * time, after setImmediate, so requests in between still get served.
 */
import type { Worker } from 'node:worker_threads';
import type { VoteInput } from '../../analysis/opinion-map/types';
import type { OpinionView } from '../../domain/statement/opinion-view';
import { toEngineStatement } from '../../domain/statement/statement';
import type { Db } from '../db/client';
import { listStatements, listVotes } from '../modules/statements/queries/statements';
import { log } from '../log';
import { startWorkerThread } from '../worker-thread';
import { createOpinionMapHost, type ComputeRequest } from './host';
import type { WorkerMessage, WorkerReply } from './worker-entry';

export type ComputedMap = { view: OpinionView; computedAt: Date };

type Entry = {
	db: Db;
	loaded: boolean;
	pending: VoteInput[];
	statementsDirty: boolean;
	shown: string[];
	latest: ComputedMap | null;
	timer: ReturnType<typeof setTimeout> | null;
	running: Promise<void> | null;
	again: boolean;
	firstDone: Promise<void>;
	resolveFirst: () => void;
};

export type OpinionMapServiceOptions = { mode?: 'worker' | 'inline'; debounceMs?: number; rebuildAfterMs?: number };

export class OpinionMapService {
	private entries = new Map<string, Entry>();
	private mode: 'worker' | 'inline';
	private readonly debounceMs: number;
	private readonly rebuildAfterMs: number;
	private worker: Worker | null = null;
	private starting: Promise<Worker | null> | null = null;
	private nextId = 1;
	private waiting = new Map<number, { resolve: (v: OpinionView) => void; reject: (e: Error) => void }>();
	private inlineHost: ReturnType<typeof createOpinionMapHost> | null = null;
	private stopped = false;
	private crashes = 0;

	constructor(options: OpinionMapServiceOptions = {}) {
		this.mode = options.mode ?? 'worker';
		this.debounceMs = options.debounceMs ?? 300;
		// Another server instance on the same PostgreSQL may have taken votes: rebuild from the table now and then.
		this.rebuildAfterMs = options.rebuildAfterMs ?? 10 * 60_000;
	}

	/** Where the maps are computed: 'worker' (a worker thread) or 'inline' (this thread, the fallback). */
	get computesIn(): 'worker' | 'inline' {
		return this.mode;
	}

	/** Committed votes to take into the next tick. */
	noteVotes(db: Db, processId: string, votes: VoteInput[]): void {
		const e = this.entry(db, processId);
		e.pending.push(...votes);
		this.schedule(processId, e, this.debounceMs);
	}

	/** Moderation changed which statements count. */
	noteStatementsChanged(db: Db, processId: string): void {
		const e = this.entry(db, processId);
		e.statementsDirty = true;
		this.schedule(processId, e, this.debounceMs);
	}

	/** The latest computed map, or null when none has been computed yet. Starts one if needed. */
	latest(db: Db, processId: string): ComputedMap | null {
		const e = this.entry(db, processId);
		if (!e.loaded && !e.running && !e.timer) this.schedule(processId, e, 0);
		else if (e.latest && Date.now() - e.latest.computedAt.getTime() > this.rebuildAfterMs && !e.running) {
			e.loaded = false;
			this.schedule(processId, e, 0);
		}
		return e.latest;
	}

	/** Like latest(), but waits up to `waitMs` for the first map of a process (a results page on a cold start). */
	async waitForMap(db: Db, processId: string, waitMs: number): Promise<ComputedMap | null> {
		const now = this.latest(db, processId);
		if (now) return now;
		const e = this.entry(db, processId);
		let timer: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([e.firstDone, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
		clearTimeout(timer);
		return e.latest;
	}

	/** Waits until every noted vote has been computed (tests, and the seed on start). */
	async settle(processId: string): Promise<void> {
		const e = this.entries.get(processId);
		while (e && (e.timer || e.running)) {
			if (e.timer) {
				clearTimeout(e.timer);
				e.timer = null;
				this.run(processId, e);
			}
			await e.running;
		}
	}

	async stop(): Promise<void> {
		this.stopped = true;
		for (const e of this.entries.values()) if (e.timer) clearTimeout(e.timer);
		await Promise.allSettled([...this.entries.values()].map((e) => e.running));
		this.entries.clear();
		await this.worker?.terminate();
		this.worker = null;
	}

	private entry(db: Db, processId: string): Entry {
		let e = this.entries.get(processId);
		if (!e) {
			let resolveFirst = () => {};
			const firstDone = new Promise<void>((r) => (resolveFirst = r));
			e = {
				db,
				loaded: false,
				pending: [],
				statementsDirty: false,
				shown: [],
				latest: null,
				timer: null,
				running: null,
				again: false,
				firstDone,
				resolveFirst
			};
			this.entries.set(processId, e);
		}
		return e;
	}

	private schedule(processId: string, e: Entry, delay: number): void {
		if (this.stopped) return;
		if (e.running) {
			e.again = true;
			return;
		}
		if (e.timer) return;
		e.timer = setTimeout(() => {
			e.timer = null;
			this.run(processId, e);
		}, delay);
		e.timer.unref?.();
	}

	private run(processId: string, e: Entry): void {
		e.again = false;
		e.running = this.tick(processId, e)
			.catch((error) => {
				log.error({ err: error, processId }, 'opinion map tick failed');
				e.loaded = false;
			})
			.finally(() => {
				e.running = null;
				if (!this.stopped && (e.again || e.pending.length > 0 || e.statementsDirty))
					this.schedule(processId, e, this.debounceMs);
			});
	}

	private async tick(processId: string, e: Entry): Promise<void> {
		// Take the noted votes first: anything noted later is re-sent next tick (harmless, last vote wins).
		const votes = e.pending.splice(0);
		const needStatements = !e.loaded || e.statementsDirty;
		e.statementsDirty = false;
		let request: ComputeRequest;
		if (needStatements) {
			const statements = await listStatements(e.db, processId);
			e.shown = statements.filter((s) => s.status === 'approved').map((s) => s.id);
			const engineStatements = statements.filter((s) => s.status !== 'pending').map(toEngineStatement);
			request = e.loaded
				? { processId, statements: engineStatements, votes, shown: e.shown }
				: {
						processId,
						reset: { statements: engineStatements, votes: await listVotes(e.db, processId) },
						votes: [],
						shown: e.shown
					};
		} else {
			request = { processId, votes, shown: e.shown };
		}
		const wasLoaded = e.loaded;
		e.loaded = true;
		try {
			const view = await this.compute(request);
			e.latest = { view, computedAt: new Date() };
			e.resolveFirst();
		} catch (error) {
			if (!wasLoaded) e.loaded = false;
			throw error;
		}
	}

	private async compute(request: ComputeRequest): Promise<OpinionView> {
		if (this.mode === 'worker') {
			const worker = await this.ensureWorker();
			if (worker) {
				const id = this.nextId++;
				return new Promise<OpinionView>((resolve, reject) => {
					this.waiting.set(id, { resolve, reject });
					worker.postMessage({ id, request } satisfies WorkerMessage);
				});
			}
		}
		await new Promise((r) => setImmediate(r));
		this.inlineHost ??= createOpinionMapHost();
		return this.inlineHost.compute(request);
	}

	private ensureWorker(): Promise<Worker | null> {
		this.starting ??= startWorker().then(
			(worker) => {
				this.worker = worker;
				worker.on('message', (reply: WorkerReply) => {
					const waiter = this.waiting.get(reply.id);
					this.waiting.delete(reply.id);
					if (!waiter) return;
					if (reply.ok) waiter.resolve(reply.view);
					else waiter.reject(new Error(reply.message));
				});
				worker.on('error', (error) => log.error({ err: error }, 'opinion map worker failed'));
				worker.on('exit', (code) => {
					// Its states are gone: every map is rebuilt from the votes, in a new worker (or here, after repeated crashes).
					this.worker = null;
					this.starting = null;
					if (!this.stopped && ++this.crashes >= 3) this.mode = 'inline';
					for (const w of this.waiting.values()) w.reject(new Error(`opinion map worker exited (${code})`));
					this.waiting.clear();
					for (const e of this.entries.values()) e.loaded = false;
				});
				worker.unref();
				log.info('opinion map worker started');
				return worker;
			},
			(error) => {
				log.warn({ err: error }, 'no worker thread for the opinion map; computing in the server thread');
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
	return startWorkerThread(workerEntryUrl(), WORKER_ROLE, 'opinion map');
}

let shared: OpinionMapService | null = null;

/** The server's one service (created on first use). */
export function opinionMaps(): OpinionMapService {
	shared ??= new OpinionMapService();
	return shared;
}

export async function stopOpinionMaps(): Promise<void> {
	const s = shared;
	shared = null;
	await s?.stop();
}
