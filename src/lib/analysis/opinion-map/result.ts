import type { PcaState } from './pca';
import type { OpinionMapState } from './state';
import type { Cluster, ConsensusItem, OpinionMapResult, RepnessItem } from './types';

export interface TickParts {
	proj: Float64Array;
	dim: number;
	pca: PcaState;
	comments: { projection: number[][]; extremity: number[] };
	base: Cluster[];
	groups: Cluster[];
	rowGroup: Int32Array;
	repness: RepnessItem[][];
	k: number;
	silhouettes: Record<number, number>;
	consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
	gac: Float64Array;
	prio: Float64Array;
	timings: Record<string, number>;
}

/** Converts the tick's typed arrays and row indices into plain data keyed by the caller's ids. */
export function buildResult(state: OpinionMapState, p: TickParts): OpinionMapResult {
	const { participantIds, statementIds, rowCounts } = state.store;
	const ids = participantIds;
	const byStatement = (xs: ArrayLike<number>) => Object.fromEntries(statementIds.map((id, c) => [String(id), xs[c]]));
	const baseById = new Map(p.base.map((b) => [b.id, b]));
	return {
		participantIds: ids.slice(),
		participantGroups: ids.map((_, r) => (p.rowGroup[r] >= 0 ? p.groups[p.rowGroup[r]].id : null)),
		projections: ids.map((_, r) => Array.from(p.proj.subarray(r * p.dim, r * p.dim + p.dim))),
		inConv: ids.filter((_, r) => state.inConv[r] === 1),
		statementIds: statementIds.slice(),
		pca: {
			center: Array.from(p.pca.center),
			comps: p.pca.comps.map((c) => Array.from(c)),
			commentProjection: p.comments.projection,
			commentExtremity: p.comments.extremity,
			iterations: p.pca.iterations.slice()
		},
		baseClusters: p.base.map((b) => ({ id: b.id, members: b.members.map((r) => ids[r]), center: b.center })),
		groups: p.groups.map((g, gi) => {
			const members = g.members.flatMap((b) => baseById.get(b)?.members ?? []).map((r) => ids[r]);
			return {
				id: g.id,
				size: members.length,
				center: g.center,
				members,
				baseClusterIds: g.members.slice(),
				repness: p.repness[gi]
			};
		}),
		k: p.k,
		silhouettes: p.silhouettes,
		consensus: p.consensus,
		groupInformedConsensus: byStatement(p.gac),
		priorities: byStatement(p.prio),
		userVoteCounts: Array.from(rowCounts.subarray(0, ids.length)),
		timingsMs: p.timings
	};
}
