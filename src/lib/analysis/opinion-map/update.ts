import { groupInformedConsensus, priorities, selectConsensus } from './consensus';
import { clusterGroups } from './group-clusters';
import type { Points } from './kmeans';
import { kmeans } from './kmeans-run';
import { computePca } from './pca';
import { projectComments, projectParticipants } from './projection';
import { selectRepComments } from './repness';
import { buildResult } from './result';
import { columnFlags, updateInConv, type OpinionMapState } from './state';
import { countVotesWithTotal } from './stats';
import { compactIfNeeded } from './vote-store';
import type { OpinionMapResult } from './types';

/**
 * One Pol.is math tick over the current votes, warm-started from the previous tick stored in `state`
 * (PCA components, base clusters, group clusterings, k-smoother), which it then updates.
 */
export function updateOpinionMap(state: OpinionMapState, clock?: () => number): OpinionMapResult {
	const timings: Record<string, number> = {};
	let t = clock?.() ?? 0;
	const lap = (name: string) => {
		if (!clock) return;
		const now = clock();
		timings[name] = now - t;
		t = now;
	};
	const { store, options } = state;
	const nCols = store.statementIds.length;
	const nRows = store.participantIds.length;
	const { modOut, isMeta } = columnFlags(state);
	updateInConv(state);
	compactIfNeeded(store);
	const rng = { rng: state.rng };
	const pca = computePca(
		store,
		modOut,
		state.pcaComps,
		{
			nComps: options.nComps,
			iters: options.pcaIters,
			tolerance: options.pcaTolerance,
			rng
		},
		state.pcaEigenvalues
	);
	state.rng = rng.rng;
	state.pcaComps = pca.comps;
	state.pcaEigenvalues = pca.eigenvalues;
	lap('pca');
	const proj = projectParticipants(store, pca.centred, pca.comps, modOut);
	const dim = pca.comps.length;
	const inRows: number[] = [];
	for (let r = 0; r < nRows; r++) if (state.inConv[r]) inRows.push(r);
	const coords = new Float64Array(inRows.length * dim);
	inRows.forEach((r, i) => coords.set(proj.subarray(r * dim, r * dim + dim), i * dim));
	lap('projection');
	const basePoints: Points = { keys: inRows, coords, dim };
	const base =
		dim > 0 ? kmeans(basePoints, options.baseK, options.baseIters, state.baseClusters, options.baseColdStart) : [];
	state.baseClusters = base;
	lap('baseClusters');
	const { groups, k, silhouettes } = clusterGroups(state, base);
	lap('groupClusters');
	const rowGroup = new Int32Array(nRows).fill(-1);
	const baseById = new Map(base.map((b) => [b.id, b]));
	groups.forEach((g, gi) => {
		for (const id of g.members) for (const r of baseById.get(id)?.members ?? []) rowGroup[r] = gi;
	});
	const { rows, cols, vals, nnz } = store;
	const { groups: groupCounts, all: allCounts } = countVotesWithTotal(
		rows,
		cols,
		vals,
		nnz,
		rowGroup,
		groups.length,
		nCols
	);
	const repness = groups.map((_, gi) => selectRepComments(groupCounts, gi, modOut, store.statementIds));
	lap('repness');
	const consensus = selectConsensus(allCounts, modOut, store.statementIds);
	const gac = groupInformedConsensus(groupCounts);
	const comments = projectComments(pca.center, pca.comps, modOut);
	const prio = priorities(groupCounts, comments.extremity, isMeta);
	lap('consensus');
	state.tick++;
	const result = buildResult(state, {
		proj,
		dim,
		pca,
		comments,
		base,
		groups,
		rowGroup,
		repness,
		k,
		silhouettes,
		consensus,
		gac,
		prio,
		timings
	});
	lap('result');
	return result;
}
