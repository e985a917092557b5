import { propTest, twoPropTest, Z90, type Counts } from './stats';
import type { Id, RepnessItem } from './types';

/** Pol.is `comment-stats` + `add-comparitive-stats` for one group and one column. */
interface Stat {
	col: number;
	na: number;
	nd: number;
	ns: number;
	pa: number;
	pd: number;
	pat: number;
	pdt: number;
	ra: number;
	rd: number;
	rat: number;
	rdt: number;
}

function groupStat(c: Counts, g: number, col: number): Stat {
	let naAll = 0;
	let ndAll = 0;
	let nsAll = 0;
	for (let h = 0; h < c.nGroups; h++) {
		const i = h * c.nCols + col;
		naAll += c.agree[i];
		ndAll += c.disagree[i];
		nsAll += c.seen[i];
	}
	const i = g * c.nCols + col;
	const na = c.agree[i];
	const nd = c.disagree[i];
	const ns = c.seen[i];
	const [naR, ndR, nsR] = [naAll - na, ndAll - nd, nsAll - ns];
	const pa = (na + 1) / (ns + 2);
	const pd = (nd + 1) / (ns + 2);
	return {
		col,
		na,
		nd,
		ns,
		pa,
		pd,
		pat: propTest(na, ns),
		pdt: propTest(nd, ns),
		ra: pa / ((1 + naR) / (2 + nsR)),
		rd: pd / ((1 + ndR) / (2 + nsR)),
		rat: twoPropTest(na, naR, ns, nsR),
		rdt: twoPropTest(nd, ndR, ns, nsR)
	};
}

function finalize(s: Stat, ids: Id[]): RepnessItem {
	const agree = s.rat > s.rdt;
	return {
		statementId: ids[s.col],
		repfulFor: agree ? 'agree' : 'disagree',
		nSuccess: agree ? s.na : s.nd,
		nTrials: s.ns,
		pSuccess: agree ? s.pa : s.pd,
		pTest: agree ? s.pat : s.pdt,
		repness: agree ? s.ra : s.rd,
		repnessTest: agree ? s.rat : s.rdt
	};
}

const metric = (r: RepnessItem) => r.repness * r.repnessTest * r.pSuccess * r.pTest;

function beatsBestAgree(s: Stat, best: Stat | null): boolean {
	if (s.na === 0 && s.nd === 0) return false;
	if (best && best.ra > 1) return s.ra * s.rat * s.pa * s.pat > best.ra * best.rat * best.pa * best.pat;
	if (best) return s.pa * s.pat > best.pa * best.pat;
	return s.pat > Z90 || (s.ra > 1 && s.pa > 0.5);
}

/** Pol.is `select-rep-comments` for group g: at most 5 statements, agrees before disagrees. */
export function selectRepComments(c: Counts, g: number, modOut: Uint8Array, ids: Id[]): RepnessItem[] {
	let best: Stat | null = null;
	let bestAgree: Stat | null = null;
	const sufficient: Stat[] = [];
	for (let col = 0; col < c.nCols; col++) {
		if (modOut[col]) continue;
		const s = groupStat(c, g, col);
		if (!best || Math.max(s.rat, s.rdt) > Math.max(best.rat, best.rdt)) best = s;
		if (beatsBestAgree(s, bestAgree)) bestAgree = s;
		if ((s.rat > Z90 && s.pat > Z90) || (s.rdt > Z90 && s.pdt > Z90)) sufficient.push(s);
	}
	const flagged = bestAgree ? { ...finalize(bestAgree, ids), bestAgree: true as const, nAgree: bestAgree.na } : null;
	if (sufficient.length === 0) return flagged ? [flagged] : best ? [finalize(best, ids)] : [];
	// Array.prototype.sort is stable, like Clojure's sort-by, so ties keep column order
	const sorted = sufficient.map((s) => finalize(s, ids)).sort((a, b) => metric(b) - metric(a));
	const list = flagged ? [flagged, ...sorted.filter((r) => r.statementId !== flagged.statementId)] : sorted;
	const top = list.slice(0, 5);
	return [...top.filter((r) => r.repfulFor === 'agree'), ...top.filter((r) => r.repfulFor === 'disagree')];
}
