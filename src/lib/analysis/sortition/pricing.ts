/**
 * @module Pricing for column generation: find panels whose dual weight beats the convexity dual.
 * Swaps from the best known panels are tried first (cheap); only when they find nothing is the exact
 * MIP run, and its proven bound is what certifies the end of a stage.
 */
import type { Highs } from 'highs';
import { improveBySwaps, panelWeight, swapContext } from './local-search';
import { buildQuotaModel, toTypePanel } from './quota-model';
import { createModel, INFEASIBLE, runMip, setCutoff, type SolveCounter } from './solver';
import type { Instance } from './types';

/** Improvement a panel found by swaps must bring before it is added. */
export const PRICING_TOLERANCE = 1e-9;
/**
 * Margin of the MIP certificate: the MIP must prove that no panel beats the convexity dual by more
 * than this. Every panel in the current lottery sits exactly at the dual, so asking for a proof at
 * 1e-9 (the solver's own feasibility tolerance) made branch-and-bound explore near-ties for
 * minutes. With Σ duals = 1 the stage optimum is then certified to within 1e-7 in probability.
 */
export const CERTIFICATE_MARGIN = 1e-7;
/**
 * How many of the best known panels the swap search starts from. Each start that improves gives a
 * column; more columns per round meant far fewer master LP rounds (fixture_150_22: 1 start 310
 * rounds, 4 starts 179, 16 starts 57; a skewed pool of 250: 4 starts 1,841, 16 starts 471).
 */
const SWAP_STARTS = 16;
/**
 * Above this size (types × panel size) the swap search, whose cost grows with types × k², is skipped
 * and every round asks the MIP for an improving panel: on a skewed pool of 1,000 (494 types, k = 100)
 * the MIP-first rounds reached a minimum of 0.0598 in 30 s against 0.0510 with swaps; on the
 * published instances and pools up to 500 swaps first are as fast or up to 3× faster.
 */
const MIP_FIRST_SIZE = 30_000;

export interface PricingResult {
	panels: number[][];
	/** Proven upper bound on any panel's weight, when the MIP proved no panel beats the threshold. */
	bound?: number;
}

export function createPricer(highs: Highs, instance: Instance, upper: number[], counter: SolveCounter) {
	const T = instance.types.length;
	const data = buildQuotaModel(highs, instance, { upper, hasCutoffRow: true });
	const model = createModel(highs, data, true);
	const ctx = swapContext(instance, upper);
	const size = instance.types.map((type) => type.members.length);
	const isMipFirst = T * instance.k > MIP_FIRST_SIZE;
	// Known panels stored sparsely (types with a seat): weighing them all every round is then
	// ~k operations per panel instead of one per type.
	const known = new Map<string, { panel: number[]; types: number[] }>();
	const isKnown = (panel: number[]) => known.has(panel.join(','));
	/** Climbs from the known panels heaviest under `weight`; keeps new panels that pass `isUseful`. */
	const searchSwaps = (weight: number[], isUseful: (p: number[]) => boolean): number[][] => {
		const starts = [...known.values()]
			.map(({ panel, types }) => ({ panel, w: types.reduce((s, t) => s + panel[t] * weight[t], 0) }))
			.sort((a, b) => b.w - a.w)
			.slice(0, SWAP_STARTS);
		const found = new Map<string, number[]>();
		for (const { panel } of starts) {
			const better = improveBySwaps(ctx, panel, weight);
			if (isUseful(better) && !isKnown(better)) found.set(better.join(','), better);
		}
		return [...found.values()];
	};
	return {
		/** Records a panel added to the master LP; returns false if it was already there. */
		remember(panel: number[]): boolean {
			const key = panel.join(',');
			if (known.has(key)) return false;
			known.set(key, { panel, types: panel.flatMap((x, t) => (x > 0 ? [t] : [])) });
			return true;
		},
		/** Forgets a panel deleted from the master LP, so pricing may propose it again. */
		forget(panel: number[]) {
			known.delete(panel.join(','));
		},
		price(duals: number[], convexityDual: number): PricingResult {
			const weight = duals.map((y, t) => y / size[t]);
			const threshold = convexityDual + PRICING_TOLERANCE;
			if (!isMipFirst) {
				const found = searchSwaps(weight, (p) => panelWeight(p, weight) > threshold);
				if (found.length > 0) return { panels: found };
			}
			model.changeColsCost({ kind: 'range', from: 0, to: T - 1 }, weight);
			const cutoff = convexityDual + CERTIFICATE_MARGIN;
			setCutoff(model, data.numRows - 1, weight, cutoff);
			const priced = runMip(model, counter);
			if (priced.status === INFEASIBLE) return { panels: [], bound: cutoff };
			if (!priced.x) throw new Error(`Pricing MIP ended with HiGHS status ${priced.status}`);
			const panel = improveBySwaps(ctx, toTypePanel(priced.x, T), weight);
			return { panels: isKnown(panel) ? [] : [panel] };
		},
		dispose: () => model.dispose()
	};
}
