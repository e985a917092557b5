import type { Id, Vote, VoteInput, VoteTable } from './types';
import { ensureCapacity } from './typed-grow';

/**
 * The raw vote matrix (Pol.is raw-rating-mat) as coordinate lists, with a backwards linked list of each
 * participant's entries. Coordinate lists let PCA and all counts run in O(votes); the per-participant list
 * gives last-vote-wins by scanning only that participant's votes (tens, at most the statement count), which
 * keeps a single new vote cheap in a live meeting and a bulk load cache-friendly (no global hash table).
 * Rows and columns are numbered in order of first appearance, as in Pol.is's NamedMatrix.
 */
export interface VoteStore {
	participantIds: Id[];
	participantIndex: Map<Id, number>;
	statementIds: Id[];
	statementIndex: Map<Id, number>;
	rows: Int32Array;
	cols: Int32Array;
	vals: Int8Array;
	/** Previous entry of the same participant, or −1. */
	prevInRow: Int32Array;
	nnz: number;
	/** Last entry per participant row, or −1. */
	rowHead: Int32Array;
	/** Raw votes per participant row (passes and votes on moderated statements count). */
	rowCounts: Int32Array;
	/**
	 * Entries [0, sortedUpTo) are grouped by row in row order, row r spanning [rowStart[r], rowStart[r+1]);
	 * entries appended since the last compaction form an unsorted tail. Sequential row access is what makes
	 * the PCA passes fast; the tail keeps a single new vote from forcing a full re-sort.
	 */
	sortedUpTo: number;
	rowStart: Int32Array;
}

export function createVoteStore(): VoteStore {
	return {
		participantIds: [],
		participantIndex: new Map(),
		statementIds: [],
		statementIndex: new Map(),
		rows: new Int32Array(1024),
		cols: new Int32Array(1024),
		vals: new Int8Array(1024),
		prevInRow: new Int32Array(1024),
		nnz: 0,
		rowHead: new Int32Array(0),
		rowCounts: new Int32Array(0),
		sortedUpTo: 0,
		rowStart: new Int32Array(1)
	};
}

function indexOf(ids: Id[], index: Map<Id, number>, id: Id): number {
	let i = index.get(id);
	if (i === undefined) {
		i = ids.length;
		ids.push(id);
		index.set(id, i);
	}
	return i;
}

function growRows(store: VoteStore): void {
	const n = store.participantIds.length;
	if (store.rowHead.length >= n) return;
	const old = store.rowHead.length;
	store.rowHead = ensureCapacity(store.rowHead, n);
	store.rowHead.fill(-1, old);
	store.rowCounts = ensureCapacity(store.rowCounts, n);
}

/**
 * Adds votes in the given order; a later vote on the same (participant, statement) replaces the earlier one.
 * O(batch + existing votes of the participants in the batch).
 */
export function addVotes(
	store: VoteStore,
	votes: Iterable<VoteInput>,
	limits = { maxParticipants: Infinity, maxStatements: Infinity }
): void {
	const inRows: number[] = [];
	const inCols: number[] = [];
	const inVals: number[] = [];
	for (const v of votes) {
		if (v.vote !== 1 && v.vote !== -1 && v.vote !== 0)
			throw new RangeError(`vote must be -1, 0 or 1, got ${String(v.vote)}`);
		// Pol.is "customs": once the caps are reached, votes from new participants or on new statements are ignored
		if (!store.participantIndex.has(v.participant) && store.participantIds.length >= limits.maxParticipants) continue;
		if (!store.statementIndex.has(v.statement) && store.statementIds.length >= limits.maxStatements) continue;
		inRows.push(indexOf(store.participantIds, store.participantIndex, v.participant));
		inCols.push(indexOf(store.statementIds, store.statementIndex, v.statement));
		inVals.push(v.vote);
	}
	insertBatch(store, inRows, inCols, inVals, inRows.length);
}

/**
 * `addVotes` for a vote table (same result as adding `tableToVotes(table)`), without an object per vote:
 * each table id is looked up in the store once.
 */
export function addVoteTable(
	store: VoteStore,
	table: VoteTable,
	limits = { maxParticipants: Infinity, maxStatements: Infinity }
): void {
	const { participant, statement, vote } = table;
	for (let i = 0; i < table.length; i++) {
		const v = vote[i];
		if (v !== 1 && v !== -1 && v !== 0) throw new RangeError(`vote must be -1, 0 or 1, got ${String(v)}`);
	}
	// table id → store index; −1 not known yet, −2 turned away by the caps (they only ever fill up)
	const pMap = new Int32Array(table.participantIds.length).fill(-1);
	const sMap = new Int32Array(table.statementIds.length).fill(-1);
	const inRows = new Int32Array(table.length);
	const inCols = new Int32Array(table.length);
	const inVals = new Int8Array(table.length);
	let m = 0;
	for (let i = 0; i < table.length; i++) {
		const pk = participant[i];
		const sk = statement[i];
		let r = pMap[pk];
		if (r === -2) continue;
		if (r === -1) {
			const known = store.participantIndex.get(table.participantIds[pk]);
			if (known !== undefined) r = pMap[pk] = known;
			else if (store.participantIds.length >= limits.maxParticipants) {
				pMap[pk] = -2;
				continue;
			}
		}
		let c = sMap[sk];
		if (c === -2) continue;
		if (c === -1) {
			const known = store.statementIndex.get(table.statementIds[sk]);
			if (known !== undefined) c = sMap[sk] = known;
			else if (store.statementIds.length >= limits.maxStatements) {
				sMap[sk] = -2;
				continue;
			}
		}
		if (r === -1) r = pMap[pk] = indexOf(store.participantIds, store.participantIndex, table.participantIds[pk]);
		if (c === -1) c = sMap[sk] = indexOf(store.statementIds, store.statementIndex, table.statementIds[sk]);
		inRows[m] = r;
		inCols[m] = c;
		inVals[m++] = vote[i];
	}
	if (store.nnz === 0) fillEmpty(store, inRows, inCols, inVals, m);
	else {
		reserve(store, store.nnz + m, true);
		insertBatch(store, inRows, inCols, inVals, m);
	}
}

/**
 * What `insertBatch` followed by `compact` gives on an empty store, in two sequential passes: entries grouped
 * by row (in batch order within a row, a later vote on the same cell replacing the earlier one), already
 * sorted, so the first tick need not compact.
 */
function fillEmpty(store: VoteStore, inRows: Int32Array, inCols: Int32Array, inVals: Int8Array, n: number): void {
	growRows(store);
	const nRows = store.participantIds.length;
	const start = new Int32Array(nRows + 1);
	for (let i = 0; i < n; i++) start[inRows[i] + 1]++;
	for (let r = 0; r < nRows; r++) start[r + 1] += start[r];
	// column and vote packed in one int, scattered into row order (stable)
	const packed = new Int32Array(n);
	const fill = start.slice(0, nRows);
	for (let i = 0; i < n; i++) packed[fill[inRows[i]]++] = inCols[i] * 4 + inVals[i] + 1;
	const size = Math.max(n, 1024);
	const rows = new Int32Array(size);
	const cols = new Int32Array(size);
	const vals = new Int8Array(size);
	const prev = new Int32Array(size);
	const rowStart = new Int32Array(nRows + 1);
	const stamp = new Int32Array(store.statementIds.length).fill(-1);
	const entryOf = new Int32Array(store.statementIds.length);
	let e = 0;
	for (let r = 0; r < nRows; r++) {
		rowStart[r] = e;
		const first = e;
		for (let k = start[r]; k < start[r + 1]; k++) {
			const c = packed[k] >> 2;
			const v = (packed[k] & 3) - 1;
			if (stamp[c] === r) {
				vals[entryOf[c]] = v;
				continue;
			}
			stamp[c] = r;
			entryOf[c] = e;
			rows[e] = r;
			cols[e] = c;
			vals[e] = v;
			prev[e] = e > first ? e - 1 : -1;
			e++;
		}
		store.rowHead[r] = e > first ? e - 1 : -1;
		store.rowCounts[r] = e - first;
	}
	rowStart[nRows] = e;
	Object.assign(store, { rows, cols, vals, prevInRow: prev, nnz: e, sortedUpTo: e, rowStart });
}

type Ints = ArrayLike<number>;

/** Appends a batch of (row, column, vote) triples; a later vote on the same cell replaces the earlier one. */
function insertBatch(store: VoteStore, inRows: Ints, inCols: Ints, inVals: Ints, n: number): void {
	growRows(store);
	const nRows = store.participantIds.length;
	// stable counting sort of the batch by participant row
	const start = new Int32Array(nRows + 1);
	for (let i = 0; i < n; i++) start[inRows[i] + 1]++;
	for (let r = 0; r < nRows; r++) start[r + 1] += start[r];
	const order = new Int32Array(n);
	const fill = start.slice(0, nRows);
	for (let i = 0; i < n; i++) order[fill[inRows[i]]++] = i;
	const nCols = store.statementIds.length;
	const stamp = new Int32Array(nCols).fill(-1);
	const entryOf = new Int32Array(nCols);
	for (let k = 0; k < n;) {
		const r = inRows[order[k]];
		for (let e = store.rowHead[r]; e >= 0; e = store.prevInRow[e]) {
			stamp[store.cols[e]] = r;
			entryOf[store.cols[e]] = e;
		}
		for (; k < n && inRows[order[k]] === r; k++) {
			const i = order[k];
			const c = inCols[i];
			if (stamp[c] === r) {
				store.vals[entryOf[c]] = inVals[i] as Vote;
				continue;
			}
			const e = appendEntry(store, r, c, inVals[i] as Vote);
			stamp[c] = r;
			entryOf[c] = e;
		}
	}
}

/** Room for n entries: doubling (amortised appends), or exactly n when the batch size is known. */
function reserve(store: VoteStore, n: number, exact = false): void {
	if (n <= store.rows.length) return;
	const grow = <T extends Int32Array | Int8Array>(a: T): T => {
		if (!exact) return ensureCapacity(a, n);
		const next = new (a.constructor as new (n: number) => T)(n);
		next.set(a);
		return next;
	};
	store.rows = grow(store.rows);
	store.cols = grow(store.cols);
	store.vals = grow(store.vals);
	store.prevInRow = grow(store.prevInRow);
}

function appendEntry(store: VoteStore, r: number, c: number, v: Vote): number {
	const e = store.nnz++;
	if (store.nnz > store.rows.length) reserve(store, store.nnz);
	store.rows[e] = r;
	store.cols[e] = c;
	store.vals[e] = v;
	store.prevInRow[e] = store.rowHead[r];
	store.rowHead[r] = e;
	store.rowCounts[r]++;
	return e;
}

/** Stable counting sort of all entries by row; rebuilds the per-row chains. O(votes). */
export function compact(store: VoteStore): void {
	const nRows = store.participantIds.length;
	const n = store.nnz;
	const start = new Int32Array(nRows + 1);
	for (let e = 0; e < n; e++) start[store.rows[e] + 1]++;
	for (let r = 0; r < nRows; r++) start[r + 1] += start[r];
	const fill = start.slice(0, nRows);
	const rows = new Int32Array(Math.max(n, 1024));
	const cols = new Int32Array(rows.length);
	const vals = new Int8Array(rows.length);
	const prev = new Int32Array(rows.length);
	for (let e = 0; e < n; e++) {
		const i = fill[store.rows[e]]++;
		rows[i] = store.rows[e];
		cols[i] = store.cols[e];
		vals[i] = store.vals[e];
	}
	for (let r = 0; r < nRows; r++) {
		store.rowHead[r] = start[r + 1] > start[r] ? start[r + 1] - 1 : -1;
		for (let i = start[r]; i < start[r + 1]; i++) prev[i] = i > start[r] ? i - 1 : -1;
	}
	Object.assign(store, { rows, cols, vals, prevInRow: prev, sortedUpTo: n, rowStart: start });
}

/** Compacts when the unsorted tail outgrows 2 % of the votes, so the compaction cost is amortised. */
export function compactIfNeeded(store: VoteStore): void {
	if (store.nnz - store.sortedUpTo > 0.02 * store.nnz) compact(store);
}
