import { clusterStep, sameClustering, toClusters, type Points, type Work } from './kmeans';
import { initClusters, initFarthest } from './kmeans-init';
import type { Cluster } from './types';

function distinctCount(points: Points): number {
	const { coords, dim } = points;
	const distinct = new Set<string>();
	for (let i = 0; i < points.keys.length; i++)
		distinct.add(Array.from(coords.subarray(i * dim, i * dim + dim)).join(','));
	return distinct.size;
}

/**
 * Pol.is `clean-start-clusters`: the warm start of every tick. Previous clusters are re-centred on the members'
 * new positions (members that vanished are dropped), clusters with identical centres are merged, and while there
 * are fewer than k clusters the point farthest from every centre becomes a new singleton cluster.
 */
export function cleanStartClusters(points: Points, last: Cluster[], k: number): Work {
	const { keys, coords, dim, weights } = points;
	const pos = new Map<number, number>();
	keys.forEach((key, i) => pos.set(key, i));
	const byCenter = new Map<string, { id: number; center: number[] }>();
	for (const c of last) {
		const center = new Array<number>(dim).fill(0);
		let w = 0;
		for (const m of c.members) {
			const i = pos.get(m);
			if (i === undefined) continue;
			const wi = weights ? weights[i] : 1;
			w += wi;
			for (let d = 0; d < dim; d++) center[d] += wi * coords[i * dim + d];
		}
		if (w === 0) continue;
		const mean = center.map((x) => x / w);
		const key = mean.join(',');
		if (!byCenter.has(key)) byCenter.set(key, { id: c.id, center: mean });
	}
	const clusters = [...byCenter.values()];
	if (clusters.length < k) {
		const target = Math.min(k, distinctCount(points));
		let nextId = clusters.reduce((m, c) => Math.max(m, c.id), -1) + 1;
		while (clusters.length < target) {
			let far = -1;
			let farD = 0;
			for (let i = 0; i < keys.length; i++) {
				let nearest = Infinity;
				for (const c of clusters) {
					let s = 0;
					for (let d = 0; d < dim; d++) s += (coords[i * dim + d] - c.center[d]) ** 2;
					nearest = Math.min(nearest, s);
				}
				if (nearest > farD) {
					farD = nearest;
					far = i;
				}
			}
			if (far < 0) break;
			clusters.push({ id: nextId++, center: Array.from(coords.subarray(far * dim, far * dim + dim)) });
		}
	}
	clusters.sort((a, b) => a.id - b.id);
	return {
		ids: clusters.map((c) => c.id),
		centers: Float64Array.from(clusters.flatMap((c) => c.center)),
		assign: null
	};
}

/** Lloyd iterations from a cold or warm start; up to maxIters + 1 steps, exactly as Pol.is loops. */
export function kmeans(
	points: Points,
	k: number,
	maxIters: number,
	last: Cluster[] | null,
	coldStart: 'polis' | 'farthest' | 'best' = 'polis'
): Cluster[] {
	if (points.keys.length === 0) return [];
	if (!(last && last.length > 0) && coldStart === 'best') {
		const a = lloyd(points, maxIters, initClusters(points, k));
		const b = lloyd(points, maxIters, initFarthest(points, k));
		return sse(points, b) < sse(points, a) ? b : a;
	}
	const cold = coldStart === 'farthest' ? initFarthest : initClusters;
	return lloyd(points, maxIters, last && last.length > 0 ? cleanStartClusters(points, last, k) : cold(points, k));
}

function sse(points: Points, clusters: Cluster[]): number {
	const pos = new Map<number, number>();
	points.keys.forEach((key, i) => pos.set(key, i));
	let s = 0;
	for (const c of clusters)
		for (const m of c.members) {
			const i = pos.get(m)!;
			const w = points.weights ? points.weights[i] : 1;
			for (let d = 0; d < points.dim; d++) s += w * (points.coords[i * points.dim + d] - c.center[d]) ** 2;
		}
	return s;
}

function lloyd(points: Points, maxIters: number, start: Work): Cluster[] {
	let work = start;
	const n = points.keys.length;
	const bounds = { upper: new Float64Array(n), lower: new Float64Array(n) };
	for (let iter = maxIters; ; iter--) {
		const next = clusterStep(points, work, bounds);
		if (iter <= 0 || sameClustering(work, next, points.dim)) return toClusters(points, next);
		work = next;
	}
}
