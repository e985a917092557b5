/**
 * @module LEXIMIN by column generation (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021),
 * on types instead of people: the way for small instances, the exact fallback when the fractional
 * LEXIMIN cannot be written as a lottery over real panels (leximin.ts), and what the time budget falls
 * back to. Each stage maximises the lowest probability z among types not yet
 * fixed, over the panels known so far (master LP, warm-started by keeping one HiGHS model and adding
 * columns). The master's duals weight each type; pricing (swaps first, a MIP to certify) looks for
 * quota-meeting panels of higher weight than the convexity dual. When the MIP proves there is none,
 * the stage is optimal and types with positive dual are fixed at z (complementary slackness: they
 * cannot rise without another type falling below z).
 */
import type { Highs, Model } from 'highs';
import { createPricer } from './pricing';
import { createModel, OPTIMAL, runLp, type SolveCounter } from './solver';
import type { Instance, ProgressReporter } from './types';

/** A dual above this counts as positive when deciding which types a stage fixes. */
const DUAL_POSITIVE = 1e-9;
/** Panels whose reduced cost is below minus this may be deleted from the master. */
const PRUNE_REDUCED_COST = 1e-7;

type Pricer = ReturnType<typeof createPricer>;

export interface TypeLottery {
	panels: number[][];
	weights: number[];
	/** Certified upper bound on the maximin value (from the first stage's pricing bounds). */
	upperBound: number;
	stages: number;
	/** False when the time budget ran out before every stage was certified. */
	isComplete: boolean;
	/** Panels generated in all (some may have been deleted from the master since). */
	generated: number;
}

export function solveByColumnGeneration(
	highs: Highs,
	instance: Instance,
	seedPanels: number[][],
	unselectable: number[],
	counter: SolveCounter,
	options: { isMaximinOnly?: boolean; isOutOfTime?: () => boolean; report?: ProgressReporter } = {}
): TypeLottery {
	const isOutOfTime = options.isOutOfTime ?? (() => false);
	const T = instance.types.length;
	const size = instance.types.map((type) => type.members.length);
	const fixed: (number | undefined)[] = new Array(T).fill(undefined);
	for (const t of unselectable) fixed[t] = 0;
	const upper = instance.types.map((_, t) => (fixed[t] === 0 ? 0 : size[t]));
	let rounds = 0;
	// The lowest probability is the first stage's level: the master's z while that stage runs.
	let minimum: number | undefined;
	let upperBound = Number.POSITIVE_INFINITY;
	const report = () => {
		if (!options.report) return;
		const bound = Number.isFinite(upperBound) ? upperBound : undefined;
		options.report({
			phase: 'column-generation',
			iteration: rounds,
			done: fixed.filter((p) => p !== undefined).length / T,
			bound,
			minimum,
			gap: bound !== undefined && minimum !== undefined ? Math.max(0, bound - minimum) : undefined
		});
	};
	const master = createModel(highs, masterData(highs, T, fixed), false);
	const pricer = createPricer(highs, instance, upper, counter);
	try {
		let panels: number[][] = [];
		// Column management: once the master holds many more panels than rows, panels out of the
		// lottery whose reduced cost is clearly negative are deleted (the basis stays valid). Every
		// simplex pivot prices all columns, so this keeps rounds cheap; a deleted panel that becomes
		// useful again is simply found again by pricing.
		const columnLimit = Math.max(200, 3 * (T + 1));
		const prune = (colValue: Float64Array, colDual: Float64Array): boolean => {
			if (panels.length <= columnLimit) return false;
			const drop = panels.flatMap((_, j) => (colValue[1 + j] <= 0 && colDual[1 + j] < -PRUNE_REDUCED_COST ? [j] : []));
			if (drop.length < panels.length / 4) return false;
			master.deleteCols({ kind: 'set', indices: drop.map((j) => 1 + j) });
			const dropped = new Set(drop);
			drop.forEach((j) => pricer.forget(panels[j]));
			panels = panels.filter((_, j) => !dropped.has(j));
			return true;
		};
		let generated = 0;
		const addPanel = (panel: number[]) => {
			if (!pricer.remember(panel)) return false;
			generated++;
			panels.push(panel);
			const rows = [0];
			const values = [1];
			panel.forEach((count, t) => {
				if (count > 0) {
					rows.push(1 + t);
					values.push(count / size[t]);
				}
			});
			master.addCol(0, 0, highs.infinity, { indices: rows, values });
			return true;
		};
		seedPanels.forEach(addPanel);
		let stages = 0;
		let weights: number[] = [];
		let isComplete = true;
		while (fixed.some((p) => p === undefined)) {
			stages++;
			const { z, duals, lambda, isCertified } = runStage(
				master,
				pricer,
				counter,
				addPanel,
				prune,
				isOutOfTime,
				(bound) => {
					if (stages === 1) upperBound = Math.min(upperBound, bound);
				},
				(z) => {
					rounds++;
					if (stages === 1) minimum = z;
					report();
				}
			);
			weights = lambda;
			if (!isCertified) {
				// Out of time: the lottery so far is valid (every panel meets the quotas) but not optimal.
				isComplete = false;
				break;
			}
			if (options.isMaximinOnly) break;
			fixStage(highs, master, fixed, z, duals);
			report();
		}
		return { panels, weights, upperBound, stages, isComplete, generated };
	} finally {
		master.dispose();
		pricer.dispose();
	}
}

/** Column 0 is z; row 0 is Σλ = 1; row 1+t says type t's probability is at least z (or its fixed level). */
function masterData(highs: Highs, T: number, fixed: (number | undefined)[]) {
	const rowLower = [1, ...fixed.map((p) => p ?? 0)];
	const rowUpper = [1, ...fixed.map(() => highs.infinity)];
	const unfixed = fixed.flatMap((p, t) => (p === undefined ? [1 + t] : []));
	return {
		numCols: 1,
		numRows: T + 1,
		sense: highs.constants.objectiveSense.maximize,
		colCost: [1],
		colLower: [-highs.infinity],
		colUpper: [highs.infinity],
		rowLower,
		rowUpper,
		matrix: {
			format: 'csc' as const,
			numRows: T + 1,
			numCols: 1,
			starts: [0, unfixed.length],
			indices: unfixed,
			values: unfixed.map(() => -1)
		}
	};
}

function runStage(
	master: Model,
	pricer: Pricer,
	counter: SolveCounter,
	addPanel: (panel: number[]) => boolean,
	prune: (colValue: Float64Array, colDual: Float64Array) => boolean,
	isOutOfTime: () => boolean,
	onBound: (bound: number) => void,
	onRound: (z: number) => void
): { z: number; duals: number[]; lambda: number[]; isCertified: boolean } {
	for (;;) {
		counter.lp++;
		const status = runLp(master);
		if (status !== OPTIMAL) throw new Error(`Master LP ended with HiGHS status ${status}`);
		const solution = master.getSolution();
		if (prune(solution.colValue, solution.colDual)) continue;
		onRound(solution.colValue[0]);
		const duals = Array.from(solution.rowDual.subarray(1), (d) => Math.max(0, -d));
		const lambda = () => Array.from(solution.colValue.subarray(1), (w) => Math.max(0, w));
		if (isOutOfTime()) return { z: solution.colValue[0], duals, lambda: lambda(), isCertified: false };
		const priced = pricer.price(duals, solution.rowDual[0]);
		if (priced.bound !== undefined) onBound(priced.bound);
		const added = priced.panels.filter(addPanel).length;
		if (added === 0) {
			return { z: solution.colValue[0], duals, lambda: lambda(), isCertified: true };
		}
	}
}

/** Fixes every unfixed type with a positive dual at level z; at least one is always fixed. */
function fixStage(highs: Highs, master: Model, fixed: (number | undefined)[], z: number, duals: number[]) {
	const unfixed = fixed.flatMap((p, t) => (p === undefined ? [t] : []));
	let toFix = unfixed.filter((t) => duals[t] > DUAL_POSITIVE);
	if (toFix.length === 0) toFix = [unfixed.reduce((a, b) => (duals[b] > duals[a] ? b : a))];
	for (const t of toFix) {
		fixed[t] = z;
		master.changeCoefficient(1 + t, 0, 0);
		master.changeRowBounds(1 + t, z, highs.infinity);
	}
}
