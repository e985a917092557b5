/**
 * @module silhouette
 * Mean silhouette (cosine distance) of a clustering on a sample of rows. Used to pick the number
 * of themes: it rewards clusters that are tight and apart, without assuming a cluster size.
 */
import type { SparseRows } from './tfidf';

/** Pairwise cosine similarities of the given rows, via an inverted index over their terms. */
function similarityMatrix(m: SparseRows, rows: Int32Array): Float64Array {
	const n = rows.length;
	const postings = new Map<number, { i: number; v: number }[]>();
	for (let i = 0; i < n; i++) {
		for (let j = m.indptr[rows[i]]; j < m.indptr[rows[i] + 1]; j++) {
			const list = postings.get(m.indices[j]) ?? [];
			list.push({ i, v: m.values[j] });
			postings.set(m.indices[j], list);
		}
	}
	const sims = new Float64Array(n * n);
	for (const list of postings.values()) {
		for (const a of list) for (const b of list) sims[a.i * n + b.i] += a.v * b.v;
	}
	return sims;
}

export function createSilhouette(matrix: SparseRows, rows: Int32Array): (labels: Int32Array, k: number) => number {
	const sims = similarityMatrix(matrix, rows);
	const n = rows.length;
	return (labels, k) => {
		const sizes = new Int32Array(k);
		for (let i = 0; i < n; i++) sizes[labels[i]]++;
		const sum = new Float64Array(k);
		let total = 0;
		for (let i = 0; i < n; i++) {
			sum.fill(0);
			for (let j = 0; j < n; j++) if (j !== i) sum[labels[j]] += 1 - sims[i * n + j];
			const own = labels[i];
			if (sizes[own] <= 1) continue; // a singleton's silhouette is 0 by definition
			const a = sum[own] / (sizes[own] - 1);
			let b = Infinity;
			for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sum[c] / sizes[c]);
			if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
		}
		return total / n;
	};
}
