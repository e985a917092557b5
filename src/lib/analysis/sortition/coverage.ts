/**
 * @module First panels, and who can never be chosen. Repeatedly asks for a quota-meeting panel that
 * includes as many not-yet-covered types as possible; when the best such panel covers none, no
 * panel can contain the rest. This both seeds column generation (every type appears in some panel,
 * so the first master LP is feasible) and proves the exclusions.
 */
import type { Highs } from 'highs';
import { swapContext, swapIn, swapStart, type SwapStart } from './local-search';
import { buildQuotaModel, toTypePanel } from './quota-model';
import { createModel, INFEASIBLE, runMip, setCutoff, type SolveCounter } from './solver';
import type { Instance, ProgressReporter } from './types';

export interface Coverage {
	isFeasible: boolean;
	panels: number[][];
	/** Types that appear in no panel meeting the quotas. */
	unselectable: number[];
}

export function coverTypes(
	highs: Highs,
	instance: Instance,
	counter: SolveCounter,
	report?: ProgressReporter
): Coverage {
	const T = instance.types.length;
	if (T === 0) return { isFeasible: false, panels: [], unselectable: [] };
	const data = buildQuotaModel(highs, instance, { hasCutoffRow: true });
	const model = createModel(highs, data, true);
	// Any valid panel with a new type will do: stop at the first solution instead of proving optimality.
	model.options.set({ mip_max_improving_sols: 1 });
	const smallestShare = 1 / Math.max(...instance.types.map((type) => type.members.length));
	try {
		const ctx = swapContext(
			instance,
			instance.types.map((type) => type.members.length)
		);
		const uncovered = new Set(instance.types.map((_, t) => t));
		const panels: number[][] = [];
		// Counts of every known panel, computed once: each uncovered type is tried against all of them.
		const starts: SwapStart[] = [];
		for (;;) {
			// Weight 1 per type spread over its members, so no large type crowds out the others.
			const weights = instance.types.map((type, t) => (uncovered.has(t) ? 1 / type.members.length : 0));
			model.changeColsCost({ kind: 'range', from: 0, to: T - 1 }, weights);
			// The first MIP only asks for any valid panel (feasibility); later ones for one with a new type.
			if (panels.length > 0) setCutoff(model, data.numRows - 1, weights, smallestShare / 2);
			const result = runMip(model, counter);
			if (result.status === INFEASIBLE && panels.length > 0) break;
			if (result.status === INFEASIBLE || !result.x) return { isFeasible: false, panels: [], unselectable: [] };
			const panel = toTypePanel(result.x, T);
			const newly = [...uncovered].filter((t) => panel[t] > 0);
			if (newly.length === 0) break;
			newly.forEach((t) => uncovered.delete(t));
			panels.push(panel);
			starts.push(swapStart(ctx, panel));
			// One swap from a known panel often reaches an uncovered type: no MIP needed for it.
			for (const t of [...uncovered]) {
				for (const start of starts) {
					const swapped = swapIn(ctx, start, t);
					if (swapped) {
						panels.push(swapped);
						starts.push(swapStart(ctx, swapped));
						uncovered.delete(t);
						break;
					}
				}
			}
			report?.({ phase: 'coverage', iteration: panels.length, done: 1 - uncovered.size / T });
			if (uncovered.size === 0) break;
		}
		return { isFeasible: true, panels, unselectable: [...uncovered].sort((a, b) => a - b) };
	} finally {
		model.dispose();
	}
}
