/** Pol.is `stats.clj` tests, with its exact pseudocounts. */

/** One-sided 90 % critical value used for every significance check. */
export const Z90 = 1.2816;

export function propTest(s: number, n: number): number {
	return 2 * Math.sqrt(n + 1) * ((s + 1) / (n + 1) - 0.5);
}

/** Two-proportion z-test with +1 on all four counts; 0 when the pooled proportion is 1. */
export function twoPropTest(s1: number, s2: number, n1: number, n2: number): number {
	const a = s1 + 1;
	const b = s2 + 1;
	const m = n1 + 1;
	const n = n2 + 1;
	const p1 = a / m;
	const p2 = b / n;
	const pHat = (a + b) / (m + n);
	if (pHat === 1) return 0;
	return (p1 - p2) / Math.sqrt(pHat * (1 - pHat) * (1 / m + 1 / n));
}

/**
 * Agree / disagree / seen counts per (group, column) in one pass over the votes.
 * `rowGroup[r]` is a group index or −1 (not counted). Our agree is +1 (Pol.is's is −1).
 */
export interface Counts {
	nGroups: number;
	nCols: number;
	agree: Int32Array;
	disagree: Int32Array;
	seen: Int32Array;
}

export function countVotes(
	rows: Int32Array,
	cols: Int32Array,
	vals: Int8Array,
	nnz: number,
	rowGroup: Int32Array,
	nGroups: number,
	nCols: number
): Counts {
	return countVotesWithTotal(rows, cols, vals, nnz, rowGroup, nGroups, nCols).groups;
}

/** One pass giving per-group counts and the counts over every participant (for consensus). */
export function countVotesWithTotal(
	rows: Int32Array,
	cols: Int32Array,
	vals: Int8Array,
	nnz: number,
	rowGroup: Int32Array,
	nGroups: number,
	nCols: number
): { groups: Counts; all: Counts } {
	const agree = new Int32Array(nGroups * nCols);
	const disagree = new Int32Array(nGroups * nCols);
	const seen = new Int32Array(nGroups * nCols);
	// index 3c + v + 1 counts votes v in column c over everyone
	const total = new Int32Array(nCols * 3);
	for (let e = 0; e < nnz; e++) {
		const c = cols[e];
		const v = vals[e];
		total[3 * c + v + 1]++;
		const g = rowGroup[rows[e]];
		if (g < 0) continue;
		const i = g * nCols + c;
		seen[i]++;
		if (v > 0) agree[i]++;
		else if (v < 0) disagree[i]++;
	}
	const all = {
		nGroups: 1,
		nCols,
		agree: new Int32Array(nCols),
		disagree: new Int32Array(nCols),
		seen: new Int32Array(nCols)
	};
	for (let c = 0; c < nCols; c++) {
		all.disagree[c] = total[3 * c];
		all.agree[c] = total[3 * c + 2];
		all.seen[c] = total[3 * c] + total[3 * c + 1] + total[3 * c + 2];
	}
	return { groups: { nGroups, nCols, agree, disagree, seen }, all };
}
