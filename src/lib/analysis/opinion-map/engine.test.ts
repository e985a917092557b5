import { describe, expect, it } from 'vitest';
import {
	adjustedRandIndex,
	applyVotes,
	computeOpinionMap,
	createOpinionMapState,
	parseCsv,
	parseParticipantsVotesCsv,
	parseVotesCsv,
	pickNextStatement,
	serialiseState,
	deserialiseState,
	updateOpinionMap,
	type OpinionMapResult,
	type VoteInput
} from './index';
import { propTest, twoPropTest } from './stats';
import { createVoteStore, addVotes, compact } from './vote-store';
import { computePca } from './pca';
import { updateInConv } from './state';

/** Three opinion camps of unequal size (so PCA's top eigenvalues differ), slightly noisy; deterministic. */
const campOf = (p: number) => [0, 0, 0, 1, 1, 2][p % 6];
function camps(nPerCamp: number, nStatements: number): VoteInput[] {
	let s = 12345;
	const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
	const votes: VoteInput[] = [];
	for (let p = 0; p < 3 * nPerCamp; p++) {
		const camp = campOf(p);
		for (let st = 0; st < nStatements; st++) {
			if (rand() < 0.2) continue;
			const stance = (st + camp) % 3 === 0 ? 1 : (st + camp) % 3 === 1 ? -1 : 0;
			votes.push({ participant: `p${p}`, statement: `s${st}`, vote: (rand() < 0.1 ? 0 : stance) as -1 | 0 | 1 });
		}
	}
	return votes;
}

const stripTimings = (r: OpinionMapResult) => ({ ...r, timingsMs: {} });

describe('statistics (Pol.is stats.clj)', () => {
	it('prop-test and two-prop-test use the +1 pseudocounts', () => {
		expect(propTest(14, 15)).toBe(3.5);
		expect(propTest(0, 0)).toBe(2 * (1 - 0.5));
		expect(twoPropTest(5, 5, 10, 10)).toBe(0);
		expect(twoPropTest(9, 0, 9, 0)).toBe(0); // pooled proportion 1
		expect(twoPropTest(8, 2, 10, 10)).toBeCloseTo((9 / 11 - 3 / 11) / Math.sqrt((12 / 22) * (10 / 22) * (2 / 11)), 12);
	});
});

describe('vote matrix', () => {
	it('keeps the last vote per (participant, statement) and counts raw votes per participant', () => {
		const store = createVoteStore();
		addVotes(store, [
			{ participant: 'a', statement: 1, vote: 1 },
			{ participant: 'b', statement: 2, vote: -1 },
			{ participant: 'a', statement: 1, vote: -1 }
		]);
		addVotes(store, [{ participant: 'a', statement: 1, vote: 0 }]);
		expect(store.nnz).toBe(2);
		expect(store.participantIds).toEqual(['a', 'b']);
		expect(store.statementIds).toEqual([1, 2]);
		expect(Array.from(store.vals.subarray(0, store.nnz)).sort()).toEqual([-1, 0]);
		expect(Array.from(store.rowCounts.subarray(0, 2))).toEqual([1, 1]);
	});

	it('ignores votes from participants or on statements beyond the Pol.is caps', () => {
		const state = createOpinionMapState({ maxParticipants: 2, maxStatements: 2 });
		applyVotes(state, [
			{ participant: 'a', statement: 1, vote: 1 },
			{ participant: 'b', statement: 2, vote: 1 },
			{ participant: 'c', statement: 1, vote: 1 },
			{ participant: 'a', statement: 3, vote: 1 },
			{ participant: 'b', statement: 1, vote: -1 }
		]);
		expect(state.store.participantIds).toEqual(['a', 'b']);
		expect(state.store.statementIds).toEqual([1, 2]);
		expect(state.store.nnz).toBe(3);
	});

	it('gives the same PCA with an unsorted tail of new votes as after compaction', () => {
		const votes = camps(20, 12);
		const store = createVoteStore();
		addVotes(store, votes.slice(0, -30));
		compact(store);
		addVotes(store, votes.slice(-30));
		addVotes(store, [{ participant: 'p1', statement: 's1', vote: 1 }]);
		expect(store.sortedUpTo).toBeLessThan(store.nnz);
		const modOut = new Uint8Array(store.statementIds.length);
		const params = () => ({ nComps: 2, iters: 100, tolerance: 0, rng: { rng: 9 } });
		const withTail = computePca(store, modOut, null, params());
		compact(store);
		const sorted = computePca(store, modOut, null, params());
		for (let k = 0; k < 2; k++)
			withTail.comps[k].forEach((x, c) => expect(Math.abs(x - sorted.comps[k][c])).toBeLessThan(1e-9));
	});

	it('rejects votes outside -1, 0, 1', () => {
		expect(() => addVotes(createVoteStore(), [{ participant: 1, statement: 1, vote: 2 as 1 }])).toThrow(RangeError);
	});
});

describe('in-conversation participants', () => {
	it('enter at min(7, statements) votes, never leave, and are filled up to 15 by top voters', () => {
		const state = createOpinionMapState();
		const few: VoteInput[] = [];
		for (let p = 0; p < 20; p++)
			for (let s = 0; s < (p < 3 ? 3 : 1); s++) few.push({ participant: p, statement: s, vote: 1 });
		applyVotes(state, few);
		updateInConv(state);
		// 3 statements: the 3 who voted on all are in by threshold, 12 more are filled in (15 total)
		expect(Array.from(state.inConv).reduce((a, b) => a + b, 0)).toBe(15);
		expect(Array.from(state.inConv.subarray(0, 3))).toEqual([1, 1, 1]);
		const more: VoteInput[] = [];
		for (let s = 3; s < 20; s++) for (let p = 20; p < 40; p++) more.push({ participant: p, statement: s, vote: -1 });
		applyVotes(state, more);
		updateInConv(state);
		// participant 0 has 3 votes, below the new threshold of 7, but stays in
		expect(state.inConv[0]).toBe(1);
		expect(Array.from(state.inConv).reduce((a, b) => a + b, 0)).toBe(35);
	});
});

describe('pipeline', () => {
	const votes = camps(40, 30);

	it('finds the three camps (ARI 1) and is deterministic for a seed', () => {
		const a = computeOpinionMap({ votes }, { seed: 3 });
		const b = computeOpinionMap({ votes }, { seed: 3 });
		expect(stripTimings(a)).toEqual(stripTimings(b));
		expect(a.k).toBe(3);
		const truth = a.participantIds.map((id) => campOf(Number(String(id).slice(1))));
		expect(adjustedRandIndex(truth, a.participantGroups.map(String))).toBe(1);
	});

	it('updates incrementally from a warm start and its state survives structuredClone', () => {
		const state = createOpinionMapState({ seed: 5 });
		applyVotes(state, votes.slice(0, Math.floor(votes.length / 2)));
		updateOpinionMap(state);
		applyVotes(state, votes.slice(Math.floor(votes.length / 2)));
		const clone = structuredClone(state);
		const text = serialiseState(state);
		const live = updateOpinionMap(state);
		const copy = updateOpinionMap(clone);
		expect(stripTimings(copy)).toEqual(stripTimings(live));
		// the JSON text form restores the same warm state
		const revived = deserialiseState(text);
		expect(revived.store.rows).toBeInstanceOf(Int32Array);
		expect(stripTimings(updateOpinionMap(revived))).toEqual(stripTimings(live));
		const cold = computeOpinionMap({ votes }, { seed: 5 });
		expect(adjustedRandIndex(live.participantGroups.map(String), cold.participantGroups.map(String))).toBe(1);
		// one more vote: a cheap warm tick (PCA converges in a few products)
		applyVotes(state, [{ participant: 'p0', statement: 's0', vote: -1 }]);
		const next = updateOpinionMap(state);
		expect(next.pca.iterations.every((n) => n <= 10)).toBe(true);
	});

	it('excludes moderated-out and meta statements from repness and consensus, not from vote counts', () => {
		const out = ['s0', 's1'];
		const r = computeOpinionMap({
			votes,
			statements: [
				{ id: 's0', moderated: -1 },
				{ id: 's1', isMeta: true }
			]
		});
		const named = [...r.groups.flatMap((g) => g.repness), ...r.consensus.agree, ...r.consensus.disagree].map(
			(x) => x.statementId
		);
		for (const id of out) expect(named).not.toContain(id);
		expect(r.priorities.s1).toBe(49);
		expect(r.pca.commentExtremity[r.statementIds.indexOf('s0')]).toBe(0);
		expect(r.userVoteCounts.reduce((a, b) => a + b, 0)).toBe(
			new Set(votes.map((v) => `${v.participant}|${v.statement}`)).size
		);
	});

	it('handles empty and tiny inputs', () => {
		expect(computeOpinionMap({ votes: [] }).groups).toEqual([]);
		const one = computeOpinionMap({ votes: [{ participant: 1, statement: 1, vote: 1 }] });
		// as in Pol.is, a lone participant is in-conv and forms a single group
		expect(one.participantGroups).toEqual([0]);
		const two = computeOpinionMap({
			votes: [1, 2, 3].flatMap((p) =>
				[1, 2].map((s) => ({ participant: p, statement: s, vote: (p === 1 ? 1 : -1) as 1 | -1 }))
			)
		});
		expect(two.inConv).toEqual([1, 2, 3]);
	});
});

describe('routing', () => {
	it('draws unseen statements proportionally to priority, 1 for statements without one', () => {
		const prio = { a: 3, b: 1 };
		expect(pickNextStatement([], prio, 0.5)).toBeNull();
		expect(pickNextStatement(['a', 'b', 'c'], prio, 0)).toBe('a');
		expect(pickNextStatement(['a', 'b', 'c'], prio, 0.59)).toBe('a'); // a covers [0, 3/5)
		expect(pickNextStatement(['a', 'b', 'c'], prio, 0.61)).toBe('b');
		expect(pickNextStatement(['a', 'b', 'c'], prio, 0.99)).toBe('c');
	});
});

describe('adjusted Rand index', () => {
	it('is 1 for identical partitions under relabelling and 0-ish for unrelated ones', () => {
		expect(adjustedRandIndex([0, 0, 1, 1], ['b', 'b', 'a', 'a'])).toBe(1);
		// classic example: ARI of [0,0,0,1,1,1] vs [0,0,1,1,2,2] = 0.24242…
		expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.242424, 5);
	});
});

describe('open-data parsers', () => {
	it('parses quoted CSV fields, doubled quotes and CRLF', () => {
		expect(parseCsv('a,b\r\n"x, ""y""",2\n')).toEqual([
			['a', 'b'],
			['x, "y"', '2']
		]);
	});

	it('orders votes.csv like the Pol.is poller and keeps ids as strings', () => {
		const v = parseVotesCsv('timestamp,datetime,comment-id,voter-id,vote\n3,x,2,1,1\n1,x,10,1,-1\n2,x,2,1,-1\n');
		expect(v).toEqual([
			{ participant: '1', statement: '2', vote: -1 },
			{ participant: '1', statement: '2', vote: 1 },
			{ participant: '1', statement: '10', vote: -1 }
		]);
	});

	it('reads participants-votes.csv with its group-id column', () => {
		const pv = parseParticipantsVotesCsv(
			'participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n0,1,0,2,1,1,1,-1\n1,,0,1,0,0,,0\n'
		);
		expect(pv.groupIds).toEqual(
			new Map([
				['0', '1'],
				['1', null]
			])
		);
		expect(pv.votes).toEqual([
			{ participant: '0', statement: '0', vote: 1 },
			{ participant: '0', statement: '1', vote: -1 },
			{ participant: '1', statement: '1', vote: 0 }
		]);
	});
});
