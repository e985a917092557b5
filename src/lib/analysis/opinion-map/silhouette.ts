import type { Points } from './kmeans';
import type { Cluster } from './types';

/**
 * Pol.is `clusters/silhouette`, over base-cluster centres, averaged unweighted; a member of a singleton
 * cluster scores 0. Uses a precomputed distance matrix because it is evaluated for every k.
 */
export function distanceMatrix(points: Points): Float64Array {
	const n = points.keys.length;
	const { coords, dim } = points;
	const m = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) {
			let s = 0;
			for (let d = 0; d < dim; d++) s += (coords[i * dim + d] - coords[j * dim + d]) ** 2;
			m[i * n + j] = m[j * n + i] = Math.sqrt(s);
		}
	return m;
}

export function silhouette(points: Points, dist: Float64Array, clusters: Cluster[]): number {
	const n = points.keys.length;
	if (n === 0) return 0;
	const pos = new Map<number, number>();
	points.keys.forEach((key, i) => pos.set(key, i));
	const idx = clusters.map((c) => c.members.map((m) => pos.get(m)!));
	let total = 0;
	let count = 0;
	for (let a = 0; a < idx.length; a++) {
		for (const i of idx[a]) {
			count++;
			if (idx[a].length === 1) continue;
			let own = 0;
			for (const j of idx[a]) if (j !== i) own += dist[i * n + j];
			own /= idx[a].length - 1;
			let other = Infinity;
			for (let b = 0; b < idx.length; b++) {
				if (b === a || idx[b].length === 0) continue;
				let s = 0;
				for (const j of idx[b]) s += dist[i * n + j];
				other = Math.min(other, s / idx[b].length);
			}
			if (other === Infinity) continue;
			const denom = Math.max(own, other);
			total += denom > 0 ? (other - own) / denom : 0;
		}
	}
	return count > 0 ? total / count : 0;
}
