import { groupInformedConsensus, selectConsensus } from './consensus';
import { selectRepComments } from './repness';
import { columnFlags, type OpinionMapState } from './state';
import { countVotesWithTotal } from './stats';
import type { ConsensusItem, Id, RepnessItem } from './types';

export interface FixedGroupsResult {
	groups: { id: string; size: number; repness: RepnessItem[] }[];
	consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
	groupInformedConsensus: Record<string, number>;
}

/**
 * Representative statements, consensus and group-informed consensus for a given grouping (e.g. Pol.is's own
 * group-id from an export), skipping PCA and clustering. Participants missing from `groupOf`, or mapped to
 * null, belong to no group. Groups are ordered by id (numerically when the ids are numbers).
 */
export function analyseFixedGroups(
	state: OpinionMapState,
	groupOf: Map<Id, string | number | null>
): FixedGroupsResult {
	const { store } = state;
	const labels = [...new Set([...groupOf.values()].filter((g): g is string | number => g !== null).map(String))];
	labels.sort((a, b) =>
		Number.isFinite(Number(a)) && Number.isFinite(Number(b)) ? Number(a) - Number(b) : a < b ? -1 : 1
	);
	const index = new Map(labels.map((l, i) => [l, i]));
	const rowGroup = new Int32Array(store.participantIds.length).fill(-1);
	const sizes = new Array<number>(labels.length).fill(0);
	store.participantIds.forEach((id, r) => {
		const g = groupOf.get(id);
		if (g === null || g === undefined) return;
		rowGroup[r] = index.get(String(g))!;
		sizes[rowGroup[r]]++;
	});
	const { modOut } = columnFlags(state);
	const nCols = store.statementIds.length;
	const { groups: counts, all } = countVotesWithTotal(
		store.rows,
		store.cols,
		store.vals,
		store.nnz,
		rowGroup,
		labels.length,
		nCols
	);
	const gac = groupInformedConsensus(counts);
	return {
		groups: labels.map((id, g) => ({
			id,
			size: sizes[g],
			repness: selectRepComments(counts, g, modOut, store.statementIds)
		})),
		consensus: selectConsensus(all, modOut, store.statementIds),
		groupInformedConsensus: Object.fromEntries(store.statementIds.map((id, c) => [String(id), gac[c]]))
	};
}
