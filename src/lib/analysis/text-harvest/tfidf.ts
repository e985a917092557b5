/**
 * @module tfidf
 * Sparse TF-IDF vectors in compressed-row form (typed arrays), so 10,000 perspectives fit in a
 * few megabytes and a similarity costs only as many steps as the text has terms.
 */

export interface SparseRows {
	/** Number of columns (vocabulary size). */
	cols: number;
	/** Row r owns entries indptr[r] .. indptr[r+1]-1. */
	indptr: Int32Array;
	indices: Int32Array;
	values: Float64Array;
	/** Every row stores all columns in order (LSA output); lets dot products skip the index lookup. */
	isDense?: boolean;
}

export interface Vocabulary {
	terms: string[];
	index: Map<string, number>;
	df: Int32Array;
}

export interface VocabularyOptions {
	/** Terms in fewer documents than this say nothing about a group. */
	minDf: number;
	/** Terms in a larger share of documents than this are the topic itself, not a theme. */
	maxDfRatio: number;
}

export function buildVocabulary(docs: string[][], { minDf, maxDfRatio }: VocabularyOptions): Vocabulary {
	const counts = new Map<string, number>();
	for (const doc of docs) {
		for (const term of new Set(doc)) counts.set(term, (counts.get(term) ?? 0) + 1);
	}
	const maxDf = Math.max(minDf, Math.floor(maxDfRatio * docs.length));
	// Sorted so the column order, and with it every tie-break, does not depend on input order.
	const terms = [...counts.keys()].filter((t) => counts.get(t)! >= minDf && counts.get(t)! <= maxDf).sort();
	const index = new Map(terms.map((t, i) => [t, i]));
	const df = Int32Array.from(terms, (t) => counts.get(t)!);
	return { terms, index, df };
}

/** Sublinear tf (1 + ln tf) times idf ln(N/df) + 0.1, each row scaled to unit length. */
export function tfidfRows(docs: string[][], vocab: Vocabulary): SparseRows {
	const n = docs.length;
	const idf = Float64Array.from(vocab.df, (d) => Math.log(n / d) + 0.1);
	const indptr = new Int32Array(n + 1);
	const rowTerms: Map<number, number>[] = docs.map((doc) => {
		const tf = new Map<number, number>();
		for (const term of doc) {
			const col = vocab.index.get(term);
			if (col !== undefined) tf.set(col, (tf.get(col) ?? 0) + 1);
		}
		return tf;
	});
	for (let r = 0; r < n; r++) indptr[r + 1] = indptr[r] + rowTerms[r].size;
	const indices = new Int32Array(indptr[n]);
	const values = new Float64Array(indptr[n]);
	for (let r = 0; r < n; r++) {
		const cols = [...rowTerms[r].keys()].sort((a, b) => a - b);
		let norm = 0;
		cols.forEach((col, j) => {
			const w = (1 + Math.log(rowTerms[r].get(col)!)) * idf[col];
			indices[indptr[r] + j] = col;
			values[indptr[r] + j] = w;
			norm += w * w;
		});
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let j = indptr[r]; j < indptr[r + 1]; j++) values[j] *= scale;
	}
	return { cols: vocab.terms.length, indptr, indices, values };
}

/** Dot product of a sparse row with a dense vector stored at offset in a flat array. */
export function dotRow(m: SparseRows, row: number, dense: Float64Array, offset: number): number {
	let s = 0;
	if (m.isDense) {
		const start = m.indptr[row];
		for (let c = 0; c < m.cols; c++) s += m.values[start + c] * dense[offset + c];
		return s;
	}
	for (let j = m.indptr[row]; j < m.indptr[row + 1]; j++) s += m.values[j] * dense[offset + m.indices[j]];
	return s;
}
