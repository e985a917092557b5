import type { OpinionMapState } from './state';
import type { Cluster } from './types';

/** The parts of Pol.is's `/api/v3/math/pca2` blob (math_main) that a tick carries over to the next. */
export interface PolisMathBlob {
	tids: number[];
	'in-conv': number[];
	pca: { comps: number[][] };
	'base-clusters': { id: number[]; members: number[][]; x: number[]; y: number[] };
	'group-clusters': { id: number; members: number[]; center: number[] }[];
}

/**
 * Starts our state where a Pol.is tick left off: its in-conv set, PCA components, base clusters, group
 * clustering and k. Call after the votes are applied (participants must exist). Pol.is's math uses
 * agree = −1, so its components are negated here to match our agree = +1 (projections are then identical).
 */
export function seedFromPolisMath(state: OpinionMapState, blob: PolisMathBlob): void {
	const { participantIndex, statementIndex, statementIds, participantIds } = state.store;
	const row = (pid: number) => {
		const r = participantIndex.get(pid);
		if (r === undefined) throw new Error(`participant ${pid} from the Pol.is blob has no votes`);
		return r;
	};
	state.inConv = new Uint8Array(participantIds.length);
	for (const pid of blob['in-conv']) state.inConv[row(pid)] = 1;
	state.pcaComps = blob.pca.comps.map((comp) => {
		const out = new Float64Array(statementIds.length).fill(1);
		blob.tids.forEach((tid, i) => {
			const c = statementIndex.get(tid);
			if (c !== undefined) out[c] = -comp[i];
		});
		return out;
	});
	const b = blob['base-clusters'];
	state.baseClusters = b.id.map((id, i) => ({ id, members: b.members[i].map(row), center: [b.x[i], b.y[i]] }));
	const groups: Cluster[] = blob['group-clusters'].map((g) => ({
		id: g.id,
		members: g.members.slice(),
		center: g.center.slice()
	}));
	const k = groups.length;
	state.groupClusterings = { [k]: groups };
	state.kSmoother = { lastK: k, lastKCount: state.options.groupKBuffer, smoothedK: k };
}
