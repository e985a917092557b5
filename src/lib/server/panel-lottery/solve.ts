/**
 * @module One lottery computation: LEXIMIN over a draw's frozen inputs within its time budget, as
 * plain data in and out, so it runs the same in the worker thread (worker-entry.ts) and, as the
 * fallback, in the server's own thread.
 */
import { buildInstance, findDistribution } from '../../analysis/sortition/index';
import { toEngineFeatures, toEnginePool, type ComputedLottery, type DrawInputs } from '../../domain/panel/draw';

export type LotteryRequest = { inputs: DrawInputs; timeLimitMs: number };

export type LotteryOutcome =
	| { ok: true; lottery: ComputedLottery; summary: { isOptimal: boolean; min: number; panels: number } }
	| { ok: false; message: string };

/** `now` is a clock in milliseconds; the budget counts from the first call. */
export async function solveLottery(request: LotteryRequest, now: () => number): Promise<LotteryOutcome> {
	const { inputs } = request;
	const pool = toEnginePool(inputs);
	const instance = buildInstance(toEngineFeatures(inputs.features, inputs.quotas, inputs.k), pool, inputs.k);
	if (!instance.ok) return { ok: false, message: instance.errors.join(' ') };
	const started = now();
	const result = await findDistribution(instance.value, {
		algorithm: 'leximin',
		now: () => now() - started,
		timeLimitMs: request.timeLimitMs
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
