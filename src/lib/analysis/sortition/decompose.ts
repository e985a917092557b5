/**
 * @module Writes a point of the quota polytope (expected counts per type) as a lottery over real,
 * quota-meeting panels, by a walk in the style of Carathéodory's theorem. At the current point q,
 * a MIP finds a panel p on the smallest face of the polytope that contains q (every constraint tight
 * at q held tight); the walk then moves away from p, q' = (q − θp)/(1 − θ), as far as the polytope
 * allows, so at least one more constraint becomes tight. p gets the weight θ of what is left; the
 * face shrinks every step, so after at most one step per constraint the point is a panel itself.
 * Every panel of a lottery that achieves q lies on that face, so when q is a mix of panels the face
 * always holds one; whether the chosen one keeps the rest decomposable is not guaranteed, so the
 * result is checked, and the caller falls back to column generation when the walk gets stuck.
 */
import type { Highs } from 'highs';
import { buildQuotaModel, toTypePanel, valueRows } from './quota-model';
import { createModel, OPTIMAL, type SolveCounter } from './solver';
import type { Instance } from './types';

/** Relative tolerance for "this constraint is tight" at the starting point (an LP vertex). */
const TIGHT = 1e-9;
/** A step this close to 1 takes the rest of the weight: the point left over is the panel itself. */
const LAST_STEP = 1 - 1e-9;
/** Weight the walk may leave unassigned; the lottery is renormalised, which moves no probability by more. */
const LEFTOVER = 1e-9;
/** Within this of a whole number, an LP value counts as one. */
const INTEGRAL = 1e-7;
/** Variables the LP dive may fix to their rounded value before the MIP is asked instead. */
const MAX_DIVES = 30;
/** The panel MIP only needs a good panel on the face, not the best one. */
const FACE_MIP_GAP = 0.01;

export interface Decomposition {
	panels: number[][];
	weights: number[];
	/** True when the weights add up to 1 and reproduce the point (see `reproduces`). */
	isComplete: boolean;
}

/** A linear constraint lo ≤ Σ coef·x ≤ hi over types (a bound, a quota row or a household). */
type Constraint = { types: number[]; lo: number; hi: number; row?: number; col?: number };

export function decompose(
	highs: Highs,
	instance: Instance,
	target: number[],
	upper: number[],
	counter: SolveCounter,
	isOutOfTime: () => boolean,
	/** Called after each panel found, with the panels so far and the share of the weight they carry. */
	onStep?: (panels: number, placed: number) => void
): Decomposition {
	const T = instance.types.length;
	const data = buildQuotaModel(highs, instance, { upper });
	const model = createModel(highs, data, true);
	model.options.set({ mip_rel_gap: FACE_MIP_GAP });
	const relaxed = createModel(highs, { ...data, integrality: undefined }, false);
	// Dual simplex from the last basis (bounds and objective change between solves). HiGHS's default
	// tolerances (1e-7) suffice: the panel is rounded and checked exactly; with 1e-9 the dives took
	// about 10 % more solves and 20 % more time on the city pool.
	relaxed.options.set({ simplex_strategy: 1, primal_feasibility_tolerance: 1e-7, dual_feasibility_tolerance: 1e-7 });
	const rowsOf = valueRows(instance);
	const quotas = instance.features.flatMap((f) => f.values);
	const constraints: Constraint[] = [
		...instance.types.map((_, t) => ({ types: [t], lo: 0, hi: upper[t], col: t })),
		...quotas.map((q, r) => ({ types: [] as number[], lo: q.min, hi: q.max, row: r })),
		...instance.households.map((h, i) => ({ types: h, lo: 0, hi: 1, row: quotas.length + 1 + i }))
	];
	instance.types.forEach((type, t) => type.values.forEach((v, f) => constraints[T + rowsOf[f][v]].types.push(t)));
	const value = (c: Constraint, x: number[]) => c.types.reduce((s, t) => s + x[t], 0);
	// Which side of each constraint is held tight: 'lo', 'hi' or none.
	const tight: ('lo' | 'hi' | undefined)[] = constraints.map((c) => {
		const v = value(c, target);
		const scale = Math.max(1, c.hi);
		if (v - c.lo <= TIGHT * scale) return 'lo';
		if (c.hi - v <= TIGHT * scale) return 'hi';
		return undefined;
	});
	const panels: number[][] = [];
	const weights: number[] = [];
	let q = [...target];
	let mass = 1;
	try {
		for (let guard = 0; guard < 2 * constraints.length + 2; guard++) {
			if (isOutOfTime() || mass <= LEFTOVER * 1e-3) break;
			// Rounded from an LP or MIP answer, so checked against every rule, and the face, before it is used.
			const isOnFace = (p: number[] | undefined): p is number[] =>
				p !== undefined &&
				p.reduce((s, x) => s + x, 0) === instance.k &&
				constraints.every((c, i) => {
					const v = value(c, p);
					return tight[i] === 'lo' ? v === c.lo : tight[i] === 'hi' ? v === c.hi : v >= c.lo && v <= c.hi;
				});
			// An LP dive usually reaches a panel on the face; the MIP when it does not (or there is none).
			const dived = panelByDiving(relaxed, constraints, tight, q, instance, counter);
			const p = isOnFace(dived) ? dived : panelOnFace(model, constraints, tight, q, instance, counter);
			if (!isOnFace(p)) break;
			// Ratio test: the largest θ with (q − θp)/(1 − θ) still inside every constraint.
			let theta = 1;
			const limits: { i: number; side: 'lo' | 'hi'; theta: number }[] = [];
			constraints.forEach((c, i) => {
				if (tight[i]) return;
				const at = value(c, q);
				const pv = value(c, p);
				if (pv > c.lo) limits.push({ i, side: 'lo', theta: Math.max(0, at - c.lo) / (pv - c.lo) });
				if (pv < c.hi) limits.push({ i, side: 'hi', theta: Math.max(0, c.hi - at) / (c.hi - pv) });
			});
			for (const l of limits) theta = Math.min(theta, l.theta);
			for (const l of limits) if (l.theta <= theta * (1 + 1e-12) + 1e-15) tight[l.i] = l.side;
			if (theta <= 1e-12) continue; // numerically on the boundary already: held tight from now on
			if (theta >= LAST_STEP) {
				panels.push(p);
				weights.push(mass);
				mass = 0;
				onStep?.(panels.length, 1);
				break;
			}
			panels.push(p);
			weights.push(mass * theta);
			mass *= 1 - theta;
			onStep?.(panels.length, 1 - mass);
			q = q.map((x, t) => (x - theta * p[t]) / (1 - theta));
			constraints.forEach((c, i) => {
				if (c.col !== undefined && tight[i]) q[c.col] = tight[i] === 'lo' ? c.lo : c.hi;
			});
		}
	} finally {
		model.dispose();
		relaxed.dispose();
	}
	// A leftover of rounding size (the walk's last faces are numerically thin) changes no probability by more than itself.
	return { panels, weights, isComplete: mass <= LEFTOVER && reproduces(panels, weights, target, instance) };
}

/**
 * The face's LP relaxation with the MIP's objective, then diving: while the optimal vertex is
 * fractional, the most fractional count is fixed at its nearest whole number (a second dive rounds
 * the largest fractional part up instead) and the LP re-solved from its basis. The face MIPs close at
 * the root node, and so a dive of a few warm-started dual simplex solves (milliseconds) usually ends
 * on a whole panel, where a MIP spends 0.1–1 s on presolve, cuts and heuristics. Undefined when both
 * dives fail; the MIP then decides (it also proves when the face holds no panel).
 */
function panelByDiving(
	model: ReturnType<typeof createModel>,
	constraints: Constraint[],
	tight: ('lo' | 'hi' | undefined)[],
	q: number[],
	instance: Instance,
	counter: SolveCounter
): number[] | undefined {
	const T = instance.types.length;
	for (const rounding of ['nearest', 'up'] as const) {
		setFace(model, constraints, tight, q, instance);
		for (let dive = 0; dive <= MAX_DIVES; dive++) {
			counter.lp++;
			if (model.run().modelStatus !== OPTIMAL) break;
			const x = model.getSolution().colValue;
			let pick = -1;
			let best = -1;
			for (let t = 0; t < T; t++) {
				const fraction = x[t] - Math.floor(x[t]);
				if (fraction <= INTEGRAL || fraction >= 1 - INTEGRAL) continue;
				const score = rounding === 'nearest' ? Math.min(fraction, 1 - fraction) : fraction;
				if (score > best) {
					pick = t;
					best = score;
				}
			}
			if (pick < 0) return toTypePanel(x, T);
			const v = rounding === 'nearest' ? Math.round(x[pick]) : Math.ceil(x[pick]);
			model.changeColBounds(pick, v, v);
		}
	}
	return undefined;
}

/**
 * Bounds of the face (tight bounds fix a type's count, tight rows a quota's count) and the objective.
 * The objective leans towards types the point gives much to: the panel then resembles the point, and
 * steps are long (any panel on the face is valid, but in trials arbitrary ones made the walk longer,
 * and it got stuck).
 */
function setFace(
	model: ReturnType<typeof createModel>,
	constraints: Constraint[],
	tight: ('lo' | 'hi' | undefined)[],
	q: number[],
	instance: Instance
) {
	const T = instance.types.length;
	const lower = constraints.map((c, i) => (tight[i] === 'hi' ? c.hi : c.lo));
	const upper = constraints.map((c, i) => (tight[i] === 'lo' ? c.lo : c.hi));
	// One call for the type columns (the first T constraints, in column order), then the rows.
	model.changeColsBounds({ kind: 'range', from: 0, to: T - 1 }, lower.slice(0, T), upper.slice(0, T));
	constraints.forEach((c, i) => {
		if (c.row !== undefined) model.changeRowBounds(c.row, lower[i], upper[i]);
	});
	model.changeColsCost(
		{ kind: 'range', from: 0, to: instance.types.length - 1 },
		q.map((x, t) => x / instance.types[t].members.length)
	);
}

/** A quota-meeting panel on the face: tight bounds fix a type's count, tight rows fix a quota's count. */
function panelOnFace(
	model: ReturnType<typeof createModel>,
	constraints: Constraint[],
	tight: ('lo' | 'hi' | undefined)[],
	q: number[],
	instance: Instance,
	counter: SolveCounter
): number[] | undefined {
	setFace(model, constraints, tight, q, instance);
	counter.mip++;
	const { modelStatus } = model.run();
	if (modelStatus !== OPTIMAL && Number(model.info.get('primal_solution_status')) !== 2) return undefined;
	return toTypePanel(model.getSolution().colValue, instance.types.length);
}

/**
 * Whether the lottery, its weights scaled to add up to exactly 1 (as the published lottery is), gives
 * every type its target count to within 1e-8 in probability.
 */
export function reproduces(panels: number[][], weights: number[], target: number[], instance: Instance): boolean {
	const total = weights.reduce((s, w) => s + w, 0);
	if (!(total > 0)) return false;
	return target.every((x, t) => {
		const got = panels.reduce((s, p, j) => s + weights[j] * p[t], 0) / total;
		return Math.abs(got - x) / instance.types[t].members.length <= 1e-8;
	});
}
