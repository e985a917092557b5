/**
 * @module The fractional LEXIMIN: LEXIMIN when a panel may hold fractions of people, i.e. over the
 * quota polytope's linear relaxation. The same stages as column generation, but over expected counts
 * per type (x_t in [0, c_t], the quota rows, Σx = k) instead of over panels, so every stage is one
 * small LP with a column per type. Its vector is never worse than the true one (every lottery's
 * expected counts are such a point); when it can be written as a lottery over real panels
 * (decompose.ts), it *is* the true LEXIMIN, because LEXIMIN is unique. On every instance we
 * benchmark it can (see README.md); when it cannot, column generation takes over.
 */
import type { Highs } from 'highs';
import { buildQuotaModel } from './quota-model';
import { createModel, OPTIMAL, runLp, type SolveCounter } from './solver';
import type { Instance, ProgressReporter } from './types';

/** A dual above this counts as positive when deciding which types a stage fixes (as in column generation). */
const DUAL_POSITIVE = 1e-9;

export interface FractionalLeximin {
	/** Expected number of members of each type on the panel (probability × type size). */
	counts: number[];
	/** The first stage's optimum: an upper bound on the minimum probability any lottery can give. */
	maximin: number;
	stages: number;
	/** False when the time budget ran out first. */
	isComplete: boolean;
}

/**
 * Columns: one per type (its expected count), then z. Rows: the quota model's rows, then one per type:
 * x_t / c_t − z ≥ 0 while the type is unfixed, x_t / c_t ≥ its level once fixed. Scaled by 1/c_t so
 * the duals add up to 1, as in the column-generation master, and the same threshold applies.
 */
export function fractionalLeximin(
	highs: Highs,
	instance: Instance,
	upper: number[],
	counter: SolveCounter,
	isOutOfTime: () => boolean,
	report?: ProgressReporter
): FractionalLeximin {
	const T = instance.types.length;
	const size = instance.types.map((type) => type.members.length);
	const quota = buildQuotaModel(highs, instance, { upper });
	const model = createModel(highs, { ...quota, integrality: undefined, colCost: quota.colCost.map(() => 0) }, false);
	try {
		const fixed: (number | undefined)[] = upper.map((u) => (u === 0 ? 0 : undefined));
		model.addCol(1, -highs.infinity, highs.infinity, { indices: [], values: [] });
		const firstTypeRow = quota.numRows;
		fixed.forEach((level, t) => {
			if (level === undefined) model.addRow(0, highs.infinity, { indices: [t, T], values: [1 / size[t], -1] });
			else model.addRow(level, highs.infinity, { indices: [t], values: [1 / size[t]] });
		});
		let maximin = Number.NaN;
		let stages = 0;
		let counts: number[] = new Array(T).fill(0);
		while (fixed.some((level) => level === undefined)) {
			if (isOutOfTime()) return { counts, maximin, stages, isComplete: false };
			stages++;
			counter.lp++;
			const status = runLp(model);
			if (status !== OPTIMAL) throw new Error(`Relaxed LEXIMIN LP ended with HiGHS status ${status}`);
			const solution = model.getSolution();
			const z = solution.colValue[T];
			if (stages === 1) maximin = z;
			counts = Array.from(solution.colValue.subarray(0, T));
			const unfixed = fixed.flatMap((level, t) => (level === undefined ? [t] : []));
			const dual = (t: number) => Math.max(0, -solution.rowDual[firstTypeRow + t]);
			let toFix = unfixed.filter((t) => dual(t) > DUAL_POSITIVE);
			if (toFix.length === 0) toFix = [unfixed.reduce((a, b) => (dual(b) > dual(a) ? b : a))];
			for (const t of toFix) {
				fixed[t] = z;
				model.changeCoefficient(firstTypeRow + t, T, 0);
				model.changeRowBounds(firstTypeRow + t, z, highs.infinity);
			}
			const fixedCount = fixed.filter((level) => level !== undefined).length;
			report?.({ phase: 'fractional', iteration: stages, done: fixedCount / T, bound: maximin });
		}
		if (stages === 0) maximin = 0;
		return { counts: counts.map((x, t) => Math.min(Math.max(x, 0), upper[t])), maximin, stages, isComplete: true };
	} finally {
		model.dispose();
	}
}
