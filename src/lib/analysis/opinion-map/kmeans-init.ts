import type { Points, Work } from './kmeans';

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
