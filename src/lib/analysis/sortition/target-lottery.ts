/**
 * @module Completes a decomposition the walk (decompose.ts) could not finish: column generation for a
 * lottery whose probabilities reach a known target, max μ such that every type gets at least μ times
 * its target. The walk's panels already carry nearly all the weight, so a few rounds usually reach
 * μ = 1, which is all we need (a lottery, not a certificate). When pricing proves μ < 1 instead, the
 * target is out of reach: fractions do better than any lottery, and the caller solves the exact problem.
 */
import type { Highs } from 'highs';
import { createPricer } from './pricing';
import { createModel, OPTIMAL, runLp, type SolveCounter } from './solver';
import type { Instance } from './types';

/** μ this close to 1 reproduces the target to within 1e-9 per type. */
const REACHED = 1 - 1e-10;

export function lotteryForTarget(
	highs: Highs,
	instance: Instance,
	target: number[],
	upper: number[],
	seeds: number[][],
	counter: SolveCounter,
	isOutOfTime: () => boolean,
	/** Called after each master LP with the round and μ (1 when the target is reached). */
	onRound?: (round: number, mu: number) => void
): { panels: number[][]; weights: number[] } | undefined {
	const T = instance.types.length;
	const size = instance.types.map((type) => type.members.length);
	const share = target.map((x, t) => x / size[t]);
	// Column 0 is μ; row 0 is Σλ = 1; row 1+t: Σ λ_p x_pt / c_t − μ · share_t ≥ 0.
	const rows = share.flatMap((s, t) => (s > 0 ? [1 + t] : []));
	const master = createModel(
		highs,
		{
			numCols: 1,
			numRows: T + 1,
			sense: highs.constants.objectiveSense.maximize,
			colCost: [1],
			colLower: [0],
			colUpper: [1],
			rowLower: [1, ...share.map(() => 0)],
			rowUpper: [1, ...share.map(() => highs.infinity)],
			matrix: {
				format: 'csc',
				numRows: T + 1,
				numCols: 1,
				starts: [0, rows.length],
				indices: rows,
				values: rows.map((r) => -share[r - 1])
			}
		},
		false
	);
	const pricer = createPricer(highs, instance, upper, counter);
	const panels: number[][] = [];
	const add = (panel: number[]) => {
		if (!pricer.remember(panel)) return false;
		panels.push(panel);
		const indices = [0];
		const values = [1];
		panel.forEach((x, t) => {
			if (x > 0) {
				indices.push(1 + t);
				values.push(x / size[t]);
			}
		});
		master.addCol(0, 0, highs.infinity, { indices, values });
		return true;
	};
	try {
		seeds.forEach(add);
		for (let round = 1; !isOutOfTime(); round++) {
			counter.lp++;
			if (runLp(master) !== OPTIMAL) return undefined;
			const solution = master.getSolution();
			onRound?.(round, Math.min(1, solution.colValue[0]));
			if (solution.colValue[0] >= REACHED)
				return { panels, weights: Array.from(solution.colValue.subarray(1), (w) => Math.max(0, w)) };
			const duals = Array.from(solution.rowDual.subarray(1), (d) => Math.max(0, -d));
			const priced = pricer.price(duals, solution.rowDual[0]);
			if (priced.panels.filter(add).length === 0) return undefined;
		}
		return undefined;
	} finally {
		master.dispose();
		pricer.dispose();
	}
}
