import { nextRandom } from './prng';
import type { VoteStore } from './vote-store';

/**
 * Sparse PCA by power iteration, matching Pol.is's `powerit-pca`: the matrix is every participant's row of
 * the rating matrix with missing votes filled by the column mean, centred, not scaled. After mean-filling and
 * centring, a missing cell is exactly 0, so the centred matrix Y has the sparsity of the votes and
 * YᵀY·v costs O(votes) without ever building the dense matrix. Deflation (Pol.is's Gram-Schmidt
 * `factor-matrix`) is applied implicitly as Y·(I − Σ pc pcᵀ).
 */
export interface PcaState {
	center: Float64Array;
	comps: Float64Array[];
	/** Centred value of a vote v in column c is yTable[3c + v + 1] (0 for moderated-out columns). */
	yTable: Float64Array;
	/** Centred value per stored vote (same order as the store's entries). */
	centred: Float64Array;
	/** Power iterations used per component (for diagnostics and benchmarks). */
	iterations: number[];
	/** Norm of YᵀY·pc per component; the next tick's convergence test starts from it. */
	eigenvalues: number[];
}

export function columnCenters(store: VoteStore, modOut: Uint8Array): Float64Array {
	const n = store.statementIds.length;
	const sum = new Float64Array(n);
	const cnt = new Float64Array(n);
	for (let e = 0; e < store.nnz; e++) {
		const c = store.cols[e];
		sum[c] += store.vals[e];
		cnt[c]++;
	}
	// mod-out columns are zeroed for every row, so their mean is 0
	for (let c = 0; c < n; c++) sum[c] = modOut[c] || cnt[c] === 0 ? 0 : sum[c] / cnt[c];
	return sum;
}

/** A vote takes only three values, so each column's centred values fit a 3-entry table. */
export function centredTable(center: Float64Array, modOut: Uint8Array): Float64Array {
	const t = new Float64Array(center.length * 3);
	for (let c = 0; c < center.length; c++) {
		if (modOut[c]) continue;
		for (let v = -1; v <= 1; v++) t[3 * c + v + 1] = v - center[c];
	}
	return t;
}

function normalise(v: Float64Array): number {
	let s = 0;
	for (let i = 0; i < v.length; i++) s += v[i] * v[i];
	const norm = Math.sqrt(s);
	if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
	return norm;
}

function orthogonalise(v: Float64Array, found: Float64Array[]): void {
	for (const pc of found) {
		let d = 0;
		for (let i = 0; i < v.length; i++) d += v[i] * pc[i];
		for (let i = 0; i < v.length; i++) v[i] -= d * pc[i];
	}
}

/**
 * out = P·Yᵀ·Y·P·v with P the projector removing the components already found: Σ_rows (row·v) row, as
 * Pol.is's xtxr. Row-sorted entries are one fused sequential pass; an unsorted tail needs a second pass.
 * `y` holds the centred value of every stored vote.
 */
function xtx(
	s: VoteStore,
	y: Float64Array,
	v: Float64Array,
	found: Float64Array[],
	pv: Float64Array,
	rowDot: Float64Array,
	out: Float64Array
): void {
	const { rowStart, cols, rows, sortedUpTo, nnz } = s;
	pv.set(v);
	orthogonalise(pv, found);
	out.fill(0);
	const nSorted = rowStart.length - 1;
	const tail = nnz > sortedUpTo;
	if (tail) {
		rowDot.fill(0);
		for (let e = sortedUpTo; e < nnz; e++) rowDot[rows[e]] += y[e] * pv[cols[e]];
	}
	for (let r = 0; r < nSorted; r++) {
		const end = rowStart[r + 1];
		let dot = 0;
		for (let e = rowStart[r]; e < end; e++) dot += y[e] * pv[cols[e]];
		if (tail) {
			dot += rowDot[r];
			rowDot[r] = dot;
		}
		if (dot === 0) continue;
		for (let e = rowStart[r]; e < end; e++) out[cols[e]] += y[e] * dot;
	}
	if (tail) for (let e = sortedUpTo; e < nnz; e++) out[cols[e]] += y[e] * rowDot[rows[e]];
	orthogonalise(out, found);
}

export interface PcaParams {
	nComps: number;
	iters: number;
	tolerance: number;
	rng: { rng: number };
}

export function computePca(
	store: VoteStore,
	modOut: Uint8Array,
	previous: Float64Array[] | null,
	params: PcaParams,
	previousEigenvalues: number[] | null = null
): PcaState {
	const nCols = store.statementIds.length;
	const nRows = store.participantIds.length;
	const center = columnCenters(store, modOut);
	const yTable = centredTable(center, modOut);
	const comps: Float64Array[] = [];
	const iterations: number[] = [];
	const eigenvalues: number[] = [];
	// centred value per stored vote, read sequentially by every product of this tick and by the projection
	const y = new Float64Array(store.nnz);
	for (let e = 0; e < store.nnz; e++) y[e] = yTable[3 * store.cols[e] + store.vals[e] + 1];
	const done = () => ({ center, comps, yTable, centred: y, iterations, eigenvalues });
	if (nRows === 0 || nCols === 0) return done();
	if (nCols === 1) {
		// Pol.is wrapped-pca: a single column gives the trivial component [1]
		comps.push(Float64Array.of(1));
		return done();
	}
	if (nRows === 1) {
		// Pol.is wrapped-pca: a single row is its own (normalised) first component
		const first = new Float64Array(nCols);
		for (let e = 0; e < store.nnz; e++) first[store.cols[e]] = yTable[3 * store.cols[e] + store.vals[e] + 1];
		normalise(first);
		comps.push(first);
		for (let k = 1; k < params.nComps; k++) comps.push(new Float64Array(nCols));
		return done();
	}
	const work = { pv: new Float64Array(nCols), rowDot: new Float64Array(nRows) };
	for (let k = 0; k < params.nComps; k++) {
		const start = new Float64Array(nCols);
		const prev = previous?.[k];
		// warm start from last tick's component; new columns are padded with 1, as in Pol.is
		for (let c = 0; c < nCols; c++) start[c] = prev ? (c < prev.length ? prev[c] : 1) : nextRandom(params.rng);
		// with a warm start, last tick's eigenvalue lets an unchanged component stop after one product
		let last = prev ? (previousEigenvalues?.[k] ?? 0) : 0;
		let v: Float64Array = start;
		let next: Float64Array = new Float64Array(nCols);
		for (let iter = params.iters; ; iter--) {
			xtx(store, y, v, comps, work.pv, work.rowDot, next);
			const eig = normalise(next);
			[v, next] = [next, v];
			if (iter <= 0 || eig === last || Math.abs(eig - last) <= params.tolerance * eig) {
				iterations.push(params.iters - iter + 1);
				eigenvalues.push(eig);
				break;
			}
			last = eig;
		}
		comps.push(v);
	}
	return done();
}
