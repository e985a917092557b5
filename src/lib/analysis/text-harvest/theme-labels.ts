/**
 * @module theme-labels
 * Names each cluster by the terms that are most over-represented in it compared with the whole
 * harvest, shown as the word form people wrote most often ("padelbanor", not the stem "padelban").
 */
import { isWordFeature } from './features';
import type { SparseRows, Vocabulary } from './tfidf';

export interface LabelInput {
	matrix: SparseRows;
	vocab: Vocabulary;
	/** Stem → written forms with counts; empty when lexemes were supplied pre-computed. */
	surfaces: Map<string, Map<string, number>>;
	/** Cluster per row, -1 when unassigned. */
	cluster: Int32Array;
	/** Similarity of each row to its cluster centroid. */
	sim: Float64Array;
	k: number;
	ids: string[];
}

const TERMS_PER_THEME = 6;
const TERMS_IN_LABEL = 3;
const REPRESENTATIVES = 3;

export function surfaceForm(lexeme: string, surfaces: Map<string, Map<string, number>>): string {
	const forms = surfaces.get(lexeme);
	if (!forms) return lexeme;
	let best = lexeme;
	let bestCount = -1;
	for (const [form, count] of forms) {
		if (count > bestCount || (count === bestCount && form < best)) {
			best = form;
			bestCount = count;
		}
	}
	return best;
}

/** Terms ranked by share-in-cluster × log(lift): frequent in the theme and rare elsewhere. */
function distinctiveTerms(input: LabelInput, members: number[]): number[] {
	const { matrix: m, vocab } = input;
	const inCluster = new Map<number, number>();
	for (const r of members) {
		for (let j = m.indptr[r]; j < m.indptr[r + 1]; j++)
			inCluster.set(m.indices[j], (inCluster.get(m.indices[j]) ?? 0) + 1);
	}
	const n = input.ids.length;
	const scored = [...inCluster].map(([t, count]) => {
		const share = count / members.length;
		const lift = share / (vocab.df[t] / n);
		const term = vocab.terms[t];
		// n-grams and two-letter stems make poor names for a theme
		return {
			t,
			score: !isWordFeature(term) || term.length < 3 ? 0 : count < 2 && members.length > 3 ? 0 : share * Math.log(lift)
		};
	});
	scored.sort((a, b) => b.score - a.score || a.t - b.t);
	return scored
		.filter((s) => s.score > 0)
		.slice(0, TERMS_PER_THEME)
		.map((s) => s.t);
}

export function labelClusters(input: LabelInput) {
	const members: number[][] = Array.from({ length: input.k }, () => []);
	input.cluster.forEach((c, r) => {
		if (c >= 0) members[c].push(r);
	});
	return members
		.filter((rows) => rows.length > 0)
		.map((rows) => {
			const terms = distinctiveTerms(input, rows).map((t) => surfaceForm(input.vocab.terms[t], input.surfaces));
			const byFit = [...rows].sort((a, b) => input.sim[b] - input.sim[a] || a - b);
			return {
				label: terms.slice(0, TERMS_IN_LABEL).join(', '),
				terms,
				memberIds: rows.map((r) => input.ids[r]),
				representativeIds: byFit.slice(0, REPRESENTATIVES).map((r) => input.ids[r])
			};
		})
		.sort((a, b) => b.memberIds.length - a.memberIds.length || a.label.localeCompare(b.label, 'sv'));
}
