import type { Points, Work } from './kmeans';
import type { Cluster } from './types';

/** Pol.is `init-clusters`: the first k distinct points, in order, become the centres. */
export function initClusters(points: Points, k: number): Work {
	const { coords, dim } = points;
	const seen = new Set<string>();
	const centers: number[] = [];
	const ids: number[] = [];
	for (let i = 0; i < points.keys.length && ids.length < k; i++) {
		const row = Array.from(coords.subarray(i * dim, i * dim + dim));
		const key = row.join(',');
		if (seen.has(key)) continue;
		seen.add(key);
		ids.push(ids.length);
		centers.push(...row);
	}
	return { ids, centers: Float64Array.from(centers), assign: null };
}

/**
 * Deterministic farthest-point ("maximin") start: the first point, then repeatedly the point farthest from
 * every chosen centre. Pol.is's first-k-rows start is fine when clusters grow from a tiny conversation tick by
 * tick, but a from-scratch run over a whole conversation would start every centre inside the first camp.
 */
export function initFarthest(points: Points, k: number): Work {
	const { coords, dim, keys } = points;
	const n = keys.length;
	if (n === 0) return { ids: [], centers: new Float64Array(0), assign: null };
	const nearest = new Float64Array(n).fill(Infinity);
	const chosen: number[] = [0];
	while (chosen.length < k) {
		const c = chosen[chosen.length - 1];
		let far = -1;
		let farD = 0;
		for (let i = 0; i < n; i++) {
			let d = 0;
			for (let j = 0; j < dim; j++) d += (coords[i * dim + j] - coords[c * dim + j]) ** 2;
			if (d < nearest[i]) nearest[i] = d;
			if (nearest[i] > farD) {
				farD = nearest[i];
				far = i;
			}
		}
		if (far < 0) break; // fewer distinct points than k
		chosen.push(far);
	}
	const centers = new Float64Array(chosen.length * dim);
	chosen.forEach((i, c) => centers.set(coords.subarray(i * dim, i * dim + dim), c * dim));
	return { ids: chosen.map((_, c) => c), centers, assign: null };
}

/**
 * Bisecting start for k groups (bisecting k-means), from the clustering chosen for k − 1, or from everything
 * for k = 2: the cluster with the largest weighted sum of squares is cut in two at its weighted median along its
 * own principal axis, and the two halves' weighted means replace its centre. Medians and means, never single
 * extreme points, so a participant whom the sparsity scaling throws far out (few votes on many statements)
 * cannot seed a group of their own.
 */
export function initBisect(points: Points, k: number, from: Cluster[] | null): Work | null {
	const { keys, coords, dim } = points;
	const weight = (i: number) => (points.weights ? points.weights[i] : 1);
	const pos = new Map<number, number>();
	keys.forEach((key, i) => pos.set(key, i));
	const groups = (
		from?.length
			? from.map((c) => c.members.map((m) => pos.get(m)).filter((i): i is number => i !== undefined))
			: [keys.map((_, i) => i)]
	).filter((g) => g.length > 0);
	if (groups.length >= k) return null;
	const means = groups.map((g) => weightedMean(coords, dim, g, weight));
	let split = -1;
	let most = 0;
	groups.forEach((g, gi) => {
		let ss = 0;
		for (const i of g) for (let d = 0; d < dim; d++) ss += weight(i) * (coords[i * dim + d] - means[gi][d]) ** 2;
		if (ss > most) [split, most] = [gi, ss];
	});
	if (split < 0) return null; // every point of every cluster coincides: nothing to split
	const centers = means.flatMap((m, gi) => (gi === split ? medianHalves(coords, dim, groups[gi], weight) : [m]));
	return { ids: centers.map((_, c) => c), centers: Float64Array.from(centers.flat()), assign: null };
}

function weightedMean(coords: Float64Array, dim: number, idx: number[], weight: (i: number) => number): number[] {
	const m = new Array<number>(dim).fill(0);
	let w = 0;
	for (const i of idx) {
		w += weight(i);
		for (let d = 0; d < dim; d++) m[d] += weight(i) * coords[i * dim + d];
	}
	return m.map((x) => x / w);
}

/** Weighted means of the two halves of `idx`, split at the weighted median along its principal axis. */
function medianHalves(coords: Float64Array, dim: number, idx: number[], weight: (i: number) => number): number[][] {
	const mean = weightedMean(coords, dim, idx, weight);
	const cov = new Float64Array(dim * dim);
	for (const i of idx)
		for (let a = 0; a < dim; a++)
			for (let b = 0; b < dim; b++)
				cov[a * dim + b] += weight(i) * (coords[i * dim + a] - mean[a]) * (coords[i * dim + b] - mean[b]);
	// principal axis of a dim × dim covariance by power iteration (dim is the number of components, 2 by default)
	let axis = new Array<number>(dim).fill(1 / Math.sqrt(dim));
	for (let it = 0; it < 100; it++) {
		const next = axis.map((_, a) => axis.reduce((s, x, b) => s + cov[a * dim + b] * x, 0));
		const norm = Math.hypot(...next);
		if (norm === 0) break;
		const moved = next.reduce((s, x, a) => s + Math.abs(x / norm - axis[a]), 0);
		axis = next.map((x) => x / norm);
		if (moved < 1e-12) break;
	}
	const along = (i: number) => axis.reduce((s, x, d) => s + x * coords[i * dim + d], 0);
	const order = idx.slice().sort((a, b) => along(a) - along(b) || a - b);
	const total = idx.reduce((s, i) => s + weight(i), 0);
	const lower: number[] = [];
	const upper: number[] = [];
	let acc = 0;
	for (const i of order) {
		(acc + weight(i) / 2 < total / 2 ? lower : upper).push(i);
		acc += weight(i);
	}
	if (lower.length === 0) lower.push(upper.shift()!);
	return [weightedMean(coords, dim, lower, weight), weightedMean(coords, dim, upper, weight)];
}
