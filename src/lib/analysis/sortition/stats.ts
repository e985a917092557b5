/** @module Fairness statistics of a probability allocation, as reported in the Nature 2021 paper. */

export function minimum(p: number[]): number {
	return p.reduce((m, x) => Math.min(m, x), Number.POSITIVE_INFINITY);
}

/** Gini coefficient from the sorted values: 0 when everyone has the same probability. */
export function gini(p: number[]): number {
	const sorted = [...p].sort((a, b) => a - b);
	const n = sorted.length;
	const total = sorted.reduce((s, x) => s + x, 0);
	if (n === 0 || total === 0) return 0;
	const weighted = sorted.reduce((s, x, i) => s + (i + 1) * x, 0);
	return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Geometric mean; 0 as soon as anyone has probability 0. */
export function geometricMean(p: number[]): number {
	if (p.length === 0 || p.some((x) => x <= 0)) return 0;
	return Math.exp(p.reduce((s, x) => s + Math.log(x), 0) / p.length);
}
