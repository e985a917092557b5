import { propTest, Z90, type Counts } from './stats';
import type { ConsensusItem, Id } from './types';

/**
 * Pol.is `select-consensus-comments` over every participant of the rating matrix (counts with one group):
 * top 5 by p·p-test among statements with p > 0.5 and a significant one-sample test, per direction.
 */
export function selectConsensus(
	all: Counts,
	modOut: Uint8Array,
	ids: Id[]
): { agree: ConsensusItem[]; disagree: ConsensusItem[] } {
	const agree: { item: ConsensusItem; m: number }[] = [];
	const disagree: { item: ConsensusItem; m: number }[] = [];
	for (let col = 0; col < all.nCols; col++) {
		if (modOut[col]) continue;
		const ns = all.seen[col];
		for (const [n, out] of [
			[all.agree[col], agree],
			[all.disagree[col], disagree]
		] as const) {
			const p = (n + 1) / (ns + 2);
			const t = propTest(n, ns);
			if (p > 0.5 && t > Z90)
				out.push({ item: { statementId: ids[col], nSuccess: n, nTrials: ns, pSuccess: p, pTest: t }, m: p * t });
		}
	}
	const top = (xs: typeof agree) =>
		xs
			.sort((a, b) => b.m - a.m)
			.slice(0, 5)
			.map((x) => x.item);
	return { agree: top(agree), disagree: top(disagree) };
}

/** Pol.is `group-aware-consensus`: ∏ over groups of (agree + 1)/(seen + 2), from raw votes of in-conv members. */
export function groupInformedConsensus(groups: Counts): Float64Array {
	const out = new Float64Array(groups.nCols).fill(1);
	for (let g = 0; g < groups.nGroups; g++)
		for (let col = 0; col < groups.nCols; col++) {
			const i = g * groups.nCols + col;
			out[col] *= (groups.agree[i] + 1) / (groups.seen[i] + 2);
		}
	return out;
}

/**
 * Pol.is comment priority for routing: importance · (1 + 8·2^(−S/5)), squared; meta statements get 7² = 49.
 * A, P, S are summed over groups; E is the statement's extremity in the map.
 */
export function priorities(groups: Counts, extremity: number[], isMeta: Uint8Array): Float64Array {
	const out = new Float64Array(groups.nCols);
	for (let col = 0; col < groups.nCols; col++) {
		if (isMeta[col]) {
			out[col] = 49;
			continue;
		}
		let a = 0;
		let d = 0;
		let s = 0;
		for (let g = 0; g < groups.nGroups; g++) {
			const i = g * groups.nCols + col;
			a += groups.agree[i];
			d += groups.disagree[i];
			s += groups.seen[i];
		}
		const p = s - a - d;
		const importance = (1 - (p + 1) / (s + 2)) * (extremity[col] + 1) * ((a + 1) / (s + 2));
		out[col] = (importance * (1 + 8 * 2 ** (-s / 5))) ** 2;
	}
	return out;
}
