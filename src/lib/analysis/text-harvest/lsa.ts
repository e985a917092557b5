/**
 * @module lsa
 * Latent semantic analysis by randomized truncated SVD (Halko, Martinsson & Tropp 2011). Projecting
 * TF-IDF rows onto the main co-occurrence directions lets short texts that share no word but talk
 * about the same thing end up close, which plain TF-IDF k-means misses.
 */
import type { SparseRows } from './tfidf';

function gaussian(rng: () => number): number {
	// Box–Muller; 1 - u keeps the logarithm finite.
	return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** Y = X · Z for X sparse (n × cols) and Z dense (cols × l), both row-major. */
function multiply(m: SparseRows, z: Float64Array, l: number): Float64Array {
	const n = m.indptr.length - 1;
	const y = new Float64Array(n * l);
	for (let r = 0; r < n; r++) {
		for (let j = m.indptr[r]; j < m.indptr[r + 1]; j++) {
			const v = m.values[j];
			const off = m.indices[j] * l;
			for (let c = 0; c < l; c++) y[r * l + c] += v * z[off + c];
		}
	}
	return y;
}

/** Z = Xᵀ · Y for X sparse (n × cols) and Y dense (n × l). */
function multiplyTransposed(m: SparseRows, y: Float64Array, l: number): Float64Array {
	const n = m.indptr.length - 1;
	const z = new Float64Array(m.cols * l);
	for (let r = 0; r < n; r++) {
		for (let j = m.indptr[r]; j < m.indptr[r + 1]; j++) {
			const v = m.values[j];
			const off = m.indices[j] * l;
			for (let c = 0; c < l; c++) z[off + c] += v * y[r * l + c];
		}
	}
	return z;
}

/** Orthonormalises the l columns of a (rows × l) matrix in place (modified Gram–Schmidt). */
function orthonormalise(a: Float64Array, rows: number, l: number): void {
	// Work on contiguous columns: strided access over a row-major matrix is several times slower.
	const cols = Array.from({ length: l }, (_, c) => {
		const col = new Float64Array(rows);
		for (let r = 0; r < rows; r++) col[r] = a[r * l + c];
		return col;
	});
	for (let c = 0; c < l; c++) {
		const x = cols[c];
		for (let p = 0; p < c; p++) {
			const q = cols[p];
			let dot = 0;
			for (let r = 0; r < rows; r++) dot += x[r] * q[r];
			for (let r = 0; r < rows; r++) x[r] -= dot * q[r];
		}
		let norm = 0;
		for (let r = 0; r < rows; r++) norm += x[r] * x[r];
		const s = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
		for (let r = 0; r < rows; r++) x[r] *= s;
	}
	for (let c = 0; c < l; c++) for (let r = 0; r < rows; r++) a[r * l + c] = cols[c][r];
}

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations. */
function symmetricEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
	const v = new Float64Array(n * n);
	for (let i = 0; i < n; i++) v[i * n + i] = 1;
	for (let sweep = 0; sweep < 60; sweep++) {
		let off = 0;
		for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
		if (off < 1e-18) break;
		for (let p = 0; p < n; p++) {
			for (let q = p + 1; q < n; q++) {
				const apq = a[p * n + q];
				if (Math.abs(apq) < 1e-30) continue;
				const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
				const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				for (let k = 0; k < n; k++) {
					const akp = a[k * n + p];
					const akq = a[k * n + q];
					a[k * n + p] = c * akp - s * akq;
					a[k * n + q] = s * akp + c * akq;
				}
				for (let k = 0; k < n; k++) {
					const apk = a[p * n + k];
					const aqk = a[q * n + k];
					a[p * n + k] = c * apk - s * aqk;
					a[q * n + k] = s * apk + c * aqk;
				}
				for (let k = 0; k < n; k++) {
					const vkp = v[k * n + p];
					const vkq = v[k * n + q];
					v[k * n + p] = c * vkp - s * vkq;
					v[k * n + q] = s * vkp + c * vkq;
				}
			}
		}
	}
	return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]), vectors: v };
}

/**
 * Rows of X projected on its top `rank` singular directions, scaled by the singular values and
 * normalised to unit length, returned as dense rows in the sparse-row format k-means expects.
 */
export function lsaRows(m: SparseRows, rank: number, rng: () => number, powerIterations = 2): SparseRows {
	const n = m.indptr.length - 1;
	const l = Math.min(rank + 10, n, m.cols);
	const omega = Float64Array.from({ length: m.cols * l }, () => gaussian(rng));
	let y = multiply(m, omega, l);
	orthonormalise(y, n, l);
	for (let i = 0; i < powerIterations; i++) {
		const z = multiplyTransposed(m, y, l);
		orthonormalise(z, m.cols, l);
		y = multiply(m, z, l);
		orthonormalise(y, n, l);
	}
	// B = Qᵀ X is l × cols; its Gram matrix B Bᵀ (l × l) has the squared singular values.
	const bt = multiplyTransposed(m, y, l); // cols × l, i.e. Bᵀ
	const gram = new Float64Array(l * l);
	for (let t = 0; t < m.cols; t++) {
		for (let i = 0; i < l; i++) {
			const bi = bt[t * l + i];
			if (bi === 0) continue;
			for (let j = 0; j < l; j++) gram[i * l + j] += bi * bt[t * l + j];
		}
	}
	const { values, vectors } = symmetricEigen(gram, l);
	const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a] || a - b);
	const r = Math.min(rank, l);
	const out = new Float64Array(n * r);
	for (let row = 0; row < n; row++) {
		let norm = 0;
		for (let c = 0; c < r; c++) {
			const e = order[c];
			let s = 0;
			for (let i = 0; i < l; i++) s += y[row * l + i] * vectors[i * l + e];
			s *= Math.sqrt(Math.max(values[e], 0));
			out[row * r + c] = s;
			norm += s * s;
		}
		const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
		for (let c = 0; c < r; c++) out[row * r + c] *= scale;
	}
	const indptr = Int32Array.from({ length: n + 1 }, (_, i) => i * r);
	const indices = Int32Array.from({ length: n * r }, (_, i) => i % r);
	return { cols: r, indptr, indices, values: out, isDense: true };
}
