import type { Cluster } from './types';

/**
 * Pol.is's hand-written Lloyd k-means (`clusters.clj`), kept faithful because its quirks decide group
 * membership: ties go to the last centre (`min-key`), empty clusters vanish, convergence is "sorted centres
 * moved less than 0.01", and a cold start takes the first k distinct points in order (not k-means++).
 * Centres live in one flat typed array while iterating: this runs on up to 100 000 points × 100 centres.
 */
export interface Points {
	/** Integer key per point (participant row or base-cluster id). */
	keys: number[];
	/** Interleaved coordinates, `dim` per point. */
	coords: Float64Array;
	dim: number;
	weights?: Float64Array;
}

/** Working clustering: ids ascending, centres interleaved, and the point → cluster-index assignment. */
export interface Work {
	ids: number[];
	centers: Float64Array;
	assign: Int32Array | null;
}

/**
 * Hamerly bounds carried between Lloyd steps: an upper bound on each point's distance to its centre and a lower
 * bound on its distance to every other centre. When upper < lower the nearest centre is unique and unchanged,
 * so the exact scan (with Pol.is's tie rule) is only run for points that might move. Same result, far fewer
 * distance computations on 100 centres.
 */
export interface Bounds {
	upper: Float64Array;
	lower: Float64Array;
}

const SAFETY = 1e-9;

export function clusterStep(points: Points, work: Work, bounds: Bounds | null): Work {
	const { keys, coords, dim, weights } = points;
	const nC = work.ids.length;
	const c0 = work.centers;
	const sums = new Float64Array(nC * dim);
	const wsum = new Float64Array(nC);
	const counts = new Int32Array(nC);
	const assign = new Int32Array(keys.length);
	for (let i = 0; i < keys.length; i++) {
		let best = work.assign ? work.assign[i] : -1;
		const fresh = !bounds || best < 0;
		let skip = false;
		if (!fresh && bounds) {
			const lo = bounds.lower[i];
			if (bounds.upper[i] * (1 + SAFETY) + SAFETY < lo) skip = true;
			else {
				let d = 0;
				for (let k = 0; k < dim; k++) d += (coords[i * dim + k] - c0[best * dim + k]) ** 2;
				bounds.upper[i] = Math.sqrt(d);
				skip = bounds.upper[i] * (1 + SAFETY) + SAFETY < lo;
			}
		}
		if (!skip) {
			let bestD = Infinity;
			let second = Infinity;
			// two dimensions (the default) unrolled: the same sums in the same order
			const x0 = dim === 2 ? coords[2 * i] : 0;
			const x1 = dim === 2 ? coords[2 * i + 1] : 0;
			for (let c = 0; c < nC; c++) {
				let d = 0;
				if (dim === 2) {
					const t0 = x0 - c0[2 * c];
					const t1 = x1 - c0[2 * c + 1];
					d = t0 * t0 + t1 * t1;
				} else
					for (let k = 0; k < dim; k++) {
						const t = coords[i * dim + k] - c0[c * dim + k];
						d += t * t;
					}
				if (d <= bestD) {
					second = bestD;
					bestD = d;
					best = c;
				} else if (d < second) second = d;
			}
			if (bounds) {
				bounds.upper[i] = Math.sqrt(bestD);
				bounds.lower[i] = Math.sqrt(second);
			}
		}
		const w = weights ? weights[i] : 1;
		assign[i] = best;
		counts[best]++;
		wsum[best] += w;
		for (let k = 0; k < dim; k++) sums[best * dim + k] += w * coords[i * dim + k];
	}
	// drop empty clusters, keeping id order, and renumber the assignment
	const remap = new Int32Array(nC).fill(-1);
	const ids: number[] = [];
	for (let c = 0; c < nC; c++) if (counts[c] > 0) remap[c] = ids.push(work.ids[c]) - 1;
	const centers = new Float64Array(ids.length * dim);
	const moved = new Float64Array(nC);
	let maxMoved = 0;
	for (let c = 0; c < nC; c++) {
		if (remap[c] < 0) continue;
		let m = 0;
		for (let k = 0; k < dim; k++) {
			const x = sums[c * dim + k] / wsum[c];
			centers[remap[c] * dim + k] = x;
			m += (x - c0[c * dim + k]) ** 2;
		}
		moved[c] = Math.sqrt(m);
		maxMoved = Math.max(maxMoved, moved[c]);
	}
	for (let i = 0; i < assign.length; i++) {
		if (bounds) {
			bounds.upper[i] += moved[assign[i]];
			bounds.lower[i] -= maxMoved;
		}
		assign[i] = remap[assign[i]];
	}
	return { ids, centers, assign };
}

function sortedCenters(w: Work, dim: number): number[][] {
	const out: number[][] = [];
	for (let c = 0; c < w.ids.length; c++) out.push(Array.from(w.centers.subarray(c * dim, c * dim + dim)));
	return out.sort((a, b) => {
		for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
		return 0;
	});
}

export function sameClustering(a: Work, b: Work, dim: number, threshold = 0.01): boolean {
	if (a.ids.length !== b.ids.length) return false;
	const ca = sortedCenters(a, dim);
	const cb = sortedCenters(b, dim);
	return ca.every((c, i) => Math.hypot(...c.map((x, k) => x - cb[i][k])) < threshold);
}

export function toClusters(points: Points, w: Work): Cluster[] {
	const out: Cluster[] = w.ids.map((id, c) => ({
		id,
		members: [],
		center: Array.from(w.centers.subarray(c * points.dim, (c + 1) * points.dim))
	}));
	if (w.assign) for (let i = 0; i < points.keys.length; i++) out[w.assign[i]].members.push(points.keys[i]);
	return out;
}
