/**
 * @module The one place that talks to HiGHS (compiled to WebAssembly). Loaded once per process;
 * every model is disposed after use because Wasm memory is not garbage-collected.
 */
import highsLoader, { type Highs, type Model, type ModelData } from 'highs';

let loading: Promise<Highs> | undefined;

/** The HiGHS runtime, loaded on first use. */
export function getHighs(): Promise<Highs> {
	loading ??= highsLoader();
	return loading;
}

/** Counts of solver calls, reported by the benchmark. */
export interface SolveCounter {
	lp: number;
	mip: number;
}

export const OPTIMAL = 7;
export const INFEASIBLE = 8;

/**
 * Turns the last row of a pricing model into "weight · x ≥ lower" and asks for the first solution
 * only: the MIP then either returns some panel beating the threshold at once or proves that none
 * exists, which is all column generation needs and far cheaper than closing the optimality gap.
 */
export function setCutoff(model: Model, row: number, weights: number[], lower: number) {
	weights.forEach((w, t) => model.changeCoefficient(row, t, w));
	model.changeRowBounds(row, lower, Number.POSITIVE_INFINITY);
	model.options.set({ mip_max_improving_sols: 1 });
}

/**
 * A persistent model with quiet output. Simplex is asked for explicitly: it returns vertex
 * solutions, so the levels fixed between leximin stages are exact rather than interior-point
 * approximations that needed probability reductions.
 */
export function createModel(highs: Highs, data: ModelData, isMip: boolean): Model {
	const model = highs.createModel(data);
	model.options.set({ output_flag: false, log_to_console: false });
	if (isMip) model.options.set({ mip_rel_gap: 1e-9, mip_abs_gap: 1e-12, mip_feasibility_tolerance: 1e-9 });
	else
		model.options.set({
			solver: 'simplex',
			// Presolve would discard the basis kept between column additions (the warm start).
			presolve: 'off',
			// Primal simplex: adding panels (columns) keeps the basis primal feasible, so it re-optimises
			// in a few pivots; like dual simplex it ends at a vertex, so levels are exact.
			simplex_strategy: 4,
			primal_feasibility_tolerance: 1e-9,
			dual_feasibility_tolerance: 1e-9
		});
	return model;
}

/** Runs a MIP and returns the status, the solution (if any) and the proven upper bound (maximisation). */
export function runMip(
	model: Model,
	counter: SolveCounter
): { status: number; x?: Float64Array; bound: number; value: number } {
	counter.mip++;
	const { modelStatus } = model.run();
	const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
	const bound = Number(model.info.get('mip_dual_bound'));
	return {
		status: modelStatus,
		x: hasSolution ? model.getSolution().colValue : undefined,
		bound,
		value: hasSolution ? model.getObjectiveValue() : Number.NEGATIVE_INFINITY
	};
}

/**
 * Re-optimises an LP from its last basis. At tolerance 1e-9, primal simplex occasionally gives up on a
 * degenerate LP after rows were changed (status "unknown"), or declares a late LEXIMIN stage infeasible
 * (levels fixed earlier are met only to about 1e-9). That solve is then repeated from scratch at HiGHS's
 * default tolerance (1e-7): dual simplex, and if that fails too, interior point with crossover (a vertex
 * again, so fixed levels stay exact). The next solve is back at 1e-9 with a warm start.
 */
export function runLp(model: Model): number {
	let status = model.run().modelStatus;
	for (const solver of ['simplex', 'ipm'] as const) {
		if (status === OPTIMAL) return status;
		model.clearSolver();
		model.options.set({
			solver,
			run_crossover: 'on',
			simplex_strategy: 1,
			primal_feasibility_tolerance: 1e-7,
			dual_feasibility_tolerance: 1e-7
		});
		status = model.run().modelStatus;
		model.options.set({
			solver: 'simplex',
			simplex_strategy: 4,
			primal_feasibility_tolerance: 1e-9,
			dual_feasibility_tolerance: 1e-9
		});
	}
	return status;
}
