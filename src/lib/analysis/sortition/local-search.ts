/**
 * @module Cheap pricing: improve a panel by single swaps (one member of a type out, one of another
 * type in) that keep every quota and household rule. Finding an improving panel this way costs
 * microseconds, against tens of milliseconds for a pricing MIP; the MIP is kept for certifying that
 * no improving panel exists (and for the cases swaps cannot reach).
 */
import type { Instance } from './types';

export interface SwapContext {
	instance: Instance;
	/** Largest count allowed per type (0 for types known to be unselectable). */
	upper: number[];
	/** Household group of each type, or -1. */
	groupOf: number[];
}

export function swapContext(instance: Instance, upper: number[]): SwapContext {
	const groupOf = instance.types.map(() => -1);
	instance.households.forEach((h, g) => h.forEach((t) => (groupOf[t] = g)));
	return { instance, upper, groupOf };
}

function valueCounts(ctx: SwapContext, panel: number[]): number[][] {
	const counts = ctx.instance.features.map((f) => f.values.map(() => 0));
	panel.forEach((x, t) => {
		if (x > 0) ctx.instance.types[t].values.forEach((v, f) => (counts[f][v] += x));
	});
	return counts;
}

function groupCounts(ctx: SwapContext, panel: number[]): number[] {
	const counts = ctx.instance.households.map(() => 0);
	panel.forEach((x, t) => {
		if (x > 0 && ctx.groupOf[t] >= 0) counts[ctx.groupOf[t]] += x;
	});
	return counts;
}

/** Whether replacing one member of type `out` by one of type `into` keeps the panel valid. */
function canSwap(
	ctx: SwapContext,
	panel: number[],
	counts: number[][],
	groups: number[],
	out: number,
	into: number
): boolean {
	if (out === into || panel[out] === 0 || panel[into] >= ctx.upper[into]) return false;
	const { features, types } = ctx.instance;
	const a = types[out].values;
	const b = types[into].values;
	for (let f = 0; f < features.length; f++) {
		if (a[f] === b[f]) continue;
		if (counts[f][a[f]] - 1 < features[f].values[a[f]].min) return false;
		if (counts[f][b[f]] + 1 > features[f].values[b[f]].max) return false;
	}
	const g = ctx.groupOf[into];
	return g < 0 || groups[g] - (ctx.groupOf[out] === g ? 1 : 0) + 1 <= 1;
}

function applySwap(ctx: SwapContext, panel: number[], counts: number[][], groups: number[], out: number, into: number) {
	panel[out]--;
	panel[into]++;
	ctx.instance.types[out].values.forEach((v, f) => counts[f][v]--);
	ctx.instance.types[into].values.forEach((v, f) => counts[f][v]++);
	if (ctx.groupOf[out] >= 0) groups[ctx.groupOf[out]]--;
	if (ctx.groupOf[into] >= 0) groups[ctx.groupOf[into]]++;
}

/**
 * Best-improvement hill climbing on Σ weight[t]·x[t]. Deliberately not truncated: on a skewed pool
 * of 1,000, limiting the candidates or steps made each round cheaper but the columns worse, and the
 * minimum reached in 30 s fell (0.0540 → 0.0525).
 */
export function improveBySwaps(ctx: SwapContext, start: number[], weight: number[]): number[] {
	const panel = [...start];
	const counts = valueCounts(ctx, panel);
	const groups = groupCounts(ctx, panel);
	// Candidates to bring in, heaviest first, so each scan can stop as soon as no gain is possible.
	const byWeight = panel.map((_, t) => t).sort((a, b) => weight[b] - weight[a]);
	for (let step = 0; step < 2 * ctx.instance.k; step++) {
		let best = { gain: 1e-12, out: -1, into: -1 };
		for (let out = 0; out < panel.length; out++) {
			if (panel[out] === 0) continue;
			for (const into of byWeight) {
				const gain = weight[into] - weight[out];
				if (gain <= best.gain) break;
				if (canSwap(ctx, panel, counts, groups, out, into)) {
					best = { gain, out, into };
					break;
				}
			}
		}
		if (best.out < 0) break;
		applySwap(ctx, panel, counts, groups, best.out, best.into);
	}
	return panel;
}

/** A panel with its value and household counts and its types, for repeated swap-in queries. */
export interface SwapStart {
	panel: number[];
	counts: number[][];
	groups: number[];
	/** Types with a seat, ascending. */
	seated: number[];
}

export function swapStart(ctx: SwapContext, panel: number[]): SwapStart {
	return {
		panel,
		counts: valueCounts(ctx, panel),
		groups: groupCounts(ctx, panel),
		seated: panel.flatMap((x, t) => (x > 0 ? [t] : []))
	};
}

/**
 * A valid panel that contains type `into`, reached by one swap from `start`, if there is one (the
 * first type out, in type order, that allows it).
 */
export function swapIn(ctx: SwapContext, start: SwapStart, into: number): number[] | undefined {
	for (const out of start.seated) {
		if (canSwap(ctx, start.panel, start.counts, start.groups, out, into)) {
			const panel = [...start.panel];
			applySwap(ctx, panel, valueCounts(ctx, panel), groupCounts(ctx, panel), out, into);
			return panel;
		}
	}
	return undefined;
}

export function panelWeight(panel: number[], weight: number[]): number {
	return panel.reduce((s, x, t) => s + x * weight[t], 0);
}
