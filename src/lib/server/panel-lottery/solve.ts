/**
 * @module One lottery computation: LEXIMIN over a draw's frozen inputs within its time budget, as
 * plain data in and out, so it runs the same in the worker thread (worker-entry.ts) and, as the
 * fallback, in the server's own thread.
 */
import { buildInstance, findDistribution, type Progress } from '../../analysis/sortition/index';
import { toEngineFeatures, toEnginePool, type ComputedLottery, type DrawInputs } from '../../domain/panel/draw';

export type LotteryRequest = { inputs: DrawInputs; timeLimitMs: number };

/** At most one progress report per this many ms (a new phase is always reported). */
const PROGRESS_EVERY_MS = 500;

export type { Progress as LotteryProgress } from '../../analysis/sortition/index';

export type LotteryOutcome =
	| { ok: true; lottery: ComputedLottery; summary: { isOptimal: boolean; min: number; panels: number } }
	| { ok: false; message: string };

/**
 * `now` is a clock in milliseconds; the budget counts from the first call. `onProgress` gets the engine's
 * progress reports, thinned out to one per half second (and the first of every phase).
 */
export async function solveLottery(
	request: LotteryRequest,
	now: () => number,
	onProgress?: (progress: Progress) => void
): Promise<LotteryOutcome> {
	const { inputs } = request;
	const pool = toEnginePool(inputs);
	const instance = buildInstance(toEngineFeatures(inputs.features, inputs.quotas, inputs.k), pool, inputs.k);
	if (!instance.ok) return { ok: false, message: instance.errors.join(' ') };
	const started = now();
	let last: { phase: string; at: number } | undefined;
	const result = await findDistribution(instance.value, {
		algorithm: 'leximin',
		now: () => now() - started,
		timeLimitMs: request.timeLimitMs,
		onProgress:
			onProgress &&
			((progress) => {
				const at = now();
				if (last && last.phase === progress.phase && at - last.at < PROGRESS_EVERY_MS) return;
				last = { phase: progress.phase, at };
				onProgress({ ...progress });
			})
	});
	if (!result.ok) return { ok: false, message: result.errors.join(' ') };
	const d = result.value;
	const ids = pool.people.map((p) => p.id);
	return {
		ok: true,
		lottery: {
			isOptimal: d.isOptimal,
			lottery: d.lottery.map((e) => ({ probability: e.probability, panel: e.panel.map((i) => ids[i]) })),
			probabilities: Object.fromEntries(d.probabilities.map((p, i) => [ids[i], p])),
			stats: d.stats,
			neverSelectable: d.neverSelectable.map((e) => ({
				code: ids[e.person],
				reason: / maximum of 0$/.test(e.reason) ? 'maxZero' : 'noPanel'
			}))
		},
		summary: { isOptimal: d.isOptimal, min: d.stats.min, panels: d.lottery.length }
	};
}
