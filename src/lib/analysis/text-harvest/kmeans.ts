/**
 * @module kmeans
 * Spherical k-means (cosine similarity on unit vectors) over a subset of sparse rows, seeded with
 * k-means++ from a seeded generator and restarted several times, keeping the tightest result.
 * Cosine rather than Euclidean because short and long perspectives on one theme should match.
 */
import { dotRow, type SparseRows } from './tfidf';

export interface Clustering {
	k: number;
	/** Cluster of each row in `rows`, in the same order. */
	assignment: Int32Array;
	/** k unit-length centroids, each `cols` long, flattened. */
	centroids: Float64Array;
	/** Similarity of each row to its own centroid. */
	similarity: Float64Array;
	/** Sum of similarities; higher is tighter. */
	objective: number;
}

function setCentroidFromRow(m: SparseRows, row: number, centroids: Float64Array, c: number): void {
	centroids.fill(0, c * m.cols, (c + 1) * m.cols);
	for (let j = m.indptr[row]; j < m.indptr[row + 1]; j++) centroids[c * m.cols + m.indices[j]] = m.values[j];
}

function seedPlusPlus(m: SparseRows, rows: Int32Array, k: number, rng: () => number): Float64Array {
	const centroids = new Float64Array(k * m.cols);
	const best = new Float64Array(rows.length).fill(-Infinity);
	let chosen = rows[Math.floor(rng() * rows.length)];
	for (let c = 0; c < k; c++) {
		setCentroidFromRow(m, chosen, centroids, c);
		let total = 0;
		for (let i = 0; i < rows.length; i++) {
			best[i] = Math.max(best[i], dotRow(m, rows[i], centroids, c * m.cols));
			const d = Math.max(0, 1 - best[i]);
			total += d * d;
		}
		if (c + 1 === k) break;
		// Draw the next seed with probability proportional to squared distance from the seeds so far.
		let target = rng() * total;
		let pick = rows.length - 1;
		for (let i = 0; i < rows.length && total > 0; i++) {
			const d = Math.max(0, 1 - best[i]);
			target -= d * d;
			if (target <= 0) {
				pick = i;
				break;
			}
		}
		chosen = total > 0 ? rows[pick] : rows[Math.floor(rng() * rows.length)];
	}
	return centroids;
}

function assign(m: SparseRows, rows: Int32Array, k: number, centroids: Float64Array, out: Clustering): boolean {
	let changed = false;
	out.objective = 0;
	for (let i = 0; i < rows.length; i++) {
		let bestC = 0;
		let bestS = -Infinity;
		for (let c = 0; c < k; c++) {
			const s = dotRow(m, rows[i], centroids, c * m.cols);
			if (s > bestS) {
				bestS = s;
				bestC = c;
			}
		}
		if (out.assignment[i] !== bestC) changed = true;
		out.assignment[i] = bestC;
		out.similarity[i] = bestS;
		out.objective += bestS;
	}
	return changed;
}

function update(m: SparseRows, rows: Int32Array, k: number, out: Clustering): void {
	const { centroids, assignment, similarity } = out;
	centroids.fill(0);
	const sizes = new Int32Array(k);
	for (let i = 0; i < rows.length; i++) {
		const off = assignment[i] * m.cols;
		sizes[assignment[i]]++;
		for (let j = m.indptr[rows[i]]; j < m.indptr[rows[i] + 1]; j++) centroids[off + m.indices[j]] += m.values[j];
	}
	for (let c = 0; c < k; c++) {
		if (sizes[c] === 0) {
			// An empty cluster takes the worst-fitting row, so k themes really are k themes.
			let worst = -1;
			for (let i = 0; i < rows.length; i++) {
				if (sizes[assignment[i]] > 1 && (worst < 0 || similarity[i] < similarity[worst])) worst = i;
			}
			if (worst >= 0) {
				sizes[assignment[worst]]--;
				assignment[worst] = c;
				sizes[c] = 1;
				similarity[worst] = 1;
				setCentroidFromRow(m, rows[worst], centroids, c);
			}
			continue;
		}
		let norm = 0;
		for (let t = c * m.cols; t < (c + 1) * m.cols; t++) norm += centroids[t] * centroids[t];
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let t = c * m.cols; t < (c + 1) * m.cols; t++) centroids[t] *= scale;
	}
}

export interface KMeansOptions {
	restarts: number;
	maxIterations: number;
}

export function sphericalKMeans(
	m: SparseRows,
	rows: Int32Array,
	k: number,
	rng: () => number,
	{ restarts, maxIterations }: KMeansOptions
): Clustering {
	let best: Clustering | undefined;
	for (let r = 0; r < restarts; r++) {
		const run: Clustering = {
			k,
			assignment: new Int32Array(rows.length).fill(-1),
			centroids: seedPlusPlus(m, rows, k, rng),
			similarity: new Float64Array(rows.length),
			objective: 0
		};
		for (let it = 0; it < maxIterations; it++) {
			if (!assign(m, rows, k, run.centroids, run) && it > 0) break;
			update(m, rows, k, run);
		}
		assign(m, rows, k, run.centroids, run);
		if (!best || run.objective > best.objective) best = run;
	}
	return best!;
}
