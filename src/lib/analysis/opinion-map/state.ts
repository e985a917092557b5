import { addVotes, addVoteTable, createVoteStore, type VoteStore } from './vote-store';
import {
	DEFAULT_OPTIONS,
	type Cluster,
	type Id,
	type OpinionMapOptions,
	type ResolvedOptions,
	type StatementInput,
	type VoteInput,
	type VoteTable
} from './types';

/**
 * Everything a tick needs from the previous one (Pol.is keeps the same between ticks): votes, the monotonic
 * in-conv set, last PCA components, last base and group clusterings, and the k-smoother. Only plain objects,
 * arrays, typed arrays and Maps, so it survives structuredClone / postMessage to and from a worker.
 */
export interface OpinionMapState {
	options: ResolvedOptions;
	store: VoteStore;
	statements: Map<Id, { moderated: -1 | 0 | 1; isMeta: boolean }>;
	/** 1 for participant rows that are in the conversation; never reset (Pol.is in-conv is monotonic). */
	inConv: Uint8Array;
	rng: number;
	pcaComps: Float64Array[] | null;
	pcaEigenvalues: number[] | null;
	/** Base clusters; members are participant row indices. */
	baseClusters: Cluster[] | null;
	/** Last group clustering per k; members are base-cluster ids. */
	groupClusterings: Record<number, Cluster[]>;
	kSmoother: { lastK: number; lastKCount: number; smoothedK: number } | null;
	tick: number;
}

export function createOpinionMapState(options: Omit<OpinionMapOptions, 'clock'> = {}): OpinionMapState {
	const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS };
	for (const [key, value] of Object.entries(options))
		if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
	return {
		options: resolved,
		store: createVoteStore(),
		statements: new Map(),
		inConv: new Uint8Array(0),
		// avoid a zero state so different small seeds diverge immediately
		rng: (resolved.seed ^ 0x5bd1e995) | 0,
		pcaComps: null,
		pcaEigenvalues: null,
		baseClusters: null,
		groupClusterings: {},
		kSmoother: null,
		tick: 0
	};
}

/** Records votes (agree = +1, disagree = −1, pass = 0), in time order: the last vote per pair wins. O(votes). */
export function applyVotes(state: OpinionMapState, votes: Iterable<VoteInput>): void {
	addVotes(state.store, votes, state.options);
}

/** `applyVotes` for a vote table (e.g. from the streaming CSV readers): same result, no object per vote. */
export function applyVoteTable(state: OpinionMapState, table: VoteTable): void {
	addVoteTable(state.store, table, state.options);
}

/** Records moderation and meta flags; statements moderated out (−1) or meta are excluded like in Pol.is. */
export function setStatements(state: OpinionMapState, statements: Iterable<StatementInput>): void {
	for (const s of statements) state.statements.set(s.id, { moderated: s.moderated ?? 0, isMeta: s.isMeta ?? false });
}

/** Per-column flags for the current columns. */
export function columnFlags(state: OpinionMapState): { modOut: Uint8Array; isMeta: Uint8Array } {
	const ids = state.store.statementIds;
	const modOut = new Uint8Array(ids.length);
	const isMeta = new Uint8Array(ids.length);
	ids.forEach((id, c) => {
		const s = state.statements.get(id);
		if (!s) return;
		isMeta[c] = s.isMeta ? 1 : 0;
		modOut[c] = s.isMeta || s.moderated === -1 ? 1 : 0;
	});
	return { modOut, isMeta };
}

/**
 * Pol.is in-conv: a participant enters with ≥ min(7, statements) raw votes and never leaves; while fewer than
 * 15 are in, the top voters are added (ties in order of first vote).
 */
export function updateInConv(state: OpinionMapState): void {
	const { store } = state;
	const n = store.participantIds.length;
	if (state.inConv.length < n) {
		const grown = new Uint8Array(n);
		grown.set(state.inConv);
		state.inConv = grown;
	}
	const threshold = Math.min(7, store.statementIds.length);
	let count = 0;
	for (let r = 0; r < n; r++) {
		if (!state.inConv[r] && store.rowCounts[r] >= threshold) state.inConv[r] = 1;
		count += state.inConv[r];
	}
	if (count >= 15 || count === n) return;
	const rest: number[] = [];
	for (let r = 0; r < n; r++) if (!state.inConv[r]) rest.push(r);
	rest.sort((a, b) => store.rowCounts[b] - store.rowCounts[a] || a - b);
	for (const r of rest.slice(0, 15 - count)) state.inConv[r] = 1;
}
