/**
 * Pol.is open-data exports, computed from scratch and compared with Pol.is's own group-id per participant
 * (adjusted Rand index over the participants Pol.is grouped). Thresholds are the values measured with the
 * default seed, rounded down; see README.md for the table and why a from-scratch run cannot always match a
 * grouping that Pol.is built up tick by tick.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	adjustedRandIndex,
	analyseFixedGroups,
	applyVotes,
	computeOpinionMap,
	createOpinionMapState,
	parseCommentsCsv,
	parseCsv,
	parseParticipantsVotesCsv,
	parseVotesCsv,
	setStatements,
	updateOpinionMap,
	type OpinionMapResult,
	type VoteInput
} from './index';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const file = (name: string, f: string) => path.join(shared, 'data/polis/opendata', name, f);
const read = (name: string, f: string) => readFileSync(file(name, f), 'utf8');

function load(name: string) {
	const pv = parseParticipantsVotesCsv(read(name, 'participants-votes.csv'));
	const votes = existsSync(file(name, 'votes.csv')) ? parseVotesCsv(read(name, 'votes.csv')) : pv.votes;
	return { pv, votes, statements: parseCommentsCsv(read(name, 'comments.csv')) };
}

/** ARI over exactly the participants Pol.is grouped; a participant we leave ungrouped is its own label. */
function ariAgainstPolis(pv: ReturnType<typeof parseParticipantsVotesCsv>, r: OpinionMapResult): number {
	const ours = new Map(r.participantIds.map((id, i) => [String(id), r.participantGroups[i]]));
	const a: string[] = [];
	const b: string[] = [];
	for (const [p, g] of pv.groupIds) {
		if (g === null) continue;
		a.push(g);
		b.push(String(ours.get(p) ?? 'none'));
	}
	return adjustedRandIndex(a, b);
}

// measured from scratch with seed 1 (see README); asserted as lower bounds. The group cold start was chosen on
// these five conversations (and on the reference-math fixtures)...
const TUNED: [string, number][] = [
	['london.youth.policing', 0.14],
	['15-per-hour-seattle', 0.56],
	['scoop-hivemind.ubi', 0.17],
	['canadian-electoral-reform', 0.96],
	['vtaiwan.uberx', 0.92]
];
// ...and only then run on these two, the two largest, kept out before any tuning: biodiversity has a clear
// split, bowling-green a diffuse one and no votes.csv (participants-votes.csv only, so no vote order). Their
// bounds are the figures from before the change: the held-out check is that they did not get worse.
const HELD_OUT: [string, number][] = [
	['scoop-hivemind.biodiversity', 0.969],
	['american-assembly.bowling-green', 0.55]
];
const FROM_SCRATCH = [...TUNED, ...HELD_OUT];

describe.each(FROM_SCRATCH)('open data, from scratch: %s', (name, minAri) => {
	const { pv, votes, statements } = load(name);
	const result = computeOpinionMap({ votes, statements });
	const ari = ariAgainstPolis(pv, result);

	it(`groups participants like Pol.is (ARI ≥ ${minAri})`, () => {
		expect(ari).toBeGreaterThanOrEqual(minAri);
		expect(result.k).toBeGreaterThanOrEqual(2);
	});

	it('keeps the last vote per pair: votes.csv replays to the participants-votes.csv cells', () => {
		const cells = new Map(pv.votes.map((v) => [`${v.participant}|${v.statement}`, v.vote]));
		const last = new Map(votes.map((v) => [`${v.participant}|${v.statement}`, v.vote]));
		expect(last).toEqual(cells);
		const counts = result.userVoteCounts.reduce((s, n) => s + n, 0);
		expect(counts).toBe(cells.size);
	});

	it('given Pol.is groups, computes repness for each group and the group-independent consensus', () => {
		const state = createOpinionMapState();
		setStatements(state, statements);
		applyVotes(state, votes);
		const fixed = analyseFixedGroups(state, pv.groupIds);
		expect(fixed.groups.map((g) => g.size)).toEqual(
			[...new Set([...pv.groupIds.values()].filter((g) => g !== null))]
				.sort((x, y) => Number(x) - Number(y))
				.map((g) => [...pv.groupIds.values()].filter((x) => x === g).length)
		);
		for (const g of fixed.groups) expect(g.repness.length).toBeGreaterThan(0);
		// consensus runs over every participant, so it cannot depend on the grouping
		expect(fixed.consensus).toEqual(result.consensus);
	});
});

describe('open data: from-scratch groups that match Pol.is give the same representative statements', () => {
	it.each(['scoop-hivemind.biodiversity'])('%s', (name) => {
		const { pv, votes, statements } = load(name);
		const result = computeOpinionMap({ votes, statements });
		const state = createOpinionMapState();
		setStatements(state, statements);
		applyVotes(state, votes);
		const fixed = analyseFixedGroups(state, pv.groupIds);
		// match each of our groups to the Pol.is group holding most of its members
		for (const g of result.groups) {
			const tally = new Map<string, number>();
			for (const m of g.members) {
				const p = pv.groupIds.get(String(m));
				if (p) tally.set(p, (tally.get(p) ?? 0) + 1);
			}
			const polis = [...tally].sort((x, y) => y[1] - x[1])[0][0];
			const theirs = fixed.groups.find((f) => f.id === polis)!;
			expect(g.repness.map((r) => [r.statementId, r.repfulFor])).toEqual(
				theirs.repness.map((r) => [r.statementId, r.repfulFor])
			);
		}
	});
});

describe("open data, from scratch: vtaiwan.uberx keeps Pol.is's minority together", () => {
	it("our smaller group holds nearly all of Pol.is's smaller group, not part of it in the larger one", () => {
		const { pv, votes, statements } = load('vtaiwan.uberx');
		const result = computeOpinionMap({ votes, statements });
		const sizes = new Map<string, number>();
		for (const g of pv.groupIds.values()) if (g !== null) sizes.set(g, (sizes.get(g) ?? 0) + 1);
		const [minority, theirs] = [...sizes].sort((a, b) => a[1] - b[1])[0];
		const ours = [...result.groups].sort((a, b) => a.size - b.size)[0];
		// before: 239 of Pol.is's 330, because a farthest-point start seeded the split on far-out participants
		expect(ours.size).toBeGreaterThanOrEqual(0.95 * theirs);
		const shared = ours.members.filter((m) => pv.groupIds.get(String(m)) === minority).length;
		expect(shared).toBeGreaterThanOrEqual(0.95 * theirs);
	});

	it('groups the same whatever the PCA sign or the seed of its start vector', () => {
		const { votes, statements } = load('vtaiwan.uberx');
		const labels = (r: OpinionMapResult) => r.participantGroups.map(String);
		const a = computeOpinionMap({ votes, statements });
		// agree and disagree swapped: centre, components and projections all change sign
		const flipped = votes.map((v) => ({ ...v, vote: -v.vote as -1 | 0 | 1 }));
		const b = computeOpinionMap({ votes: flipped, statements });
		expect(Math.sign(b.projections[0][0])).toBe(-Math.sign(a.projections[0][0]));
		expect(adjustedRandIndex(labels(a), labels(b))).toBe(1);
		expect(adjustedRandIndex(labels(a), labels(computeOpinionMap({ votes, statements }, { seed: 2 })))).toBe(1);
	});
});

/** Pol.is built its groups over many ticks; replaying the votes in 1-hour ticks reproduces that history. */
function replay(name: string, windowMs: number): OpinionMapResult {
	const [h, ...rows] = parseCsv(read(name, 'votes.csv'));
	const [iT, iC, iV, iX] = ['timestamp', 'comment-id', 'voter-id', 'vote'].map((c) => h.indexOf(c));
	const timed = rows.map((r) => ({
		t: Number(r[iT]),
		v: { participant: r[iV], statement: r[iC], vote: Number(r[iX]) } as VoteInput
	}));
	timed.sort((a, b) => a.t - b.t);
	const state = createOpinionMapState();
	setStatements(state, parseCommentsCsv(read(name, 'comments.csv')));
	let result: OpinionMapResult | null = null;
	for (let i = 0; i < timed.length;) {
		const end = timed[i].t + windowMs;
		const batch: VoteInput[] = [];
		while (i < timed.length && timed[i].t < end) batch.push(timed[i++].v);
		applyVotes(state, batch);
		result = updateOpinionMap(state);
	}
	return result!;
}

describe('open data, replayed in 1-hour ticks (warm starts, monotonic in-conv, k smoothing)', () => {
	it.each([
		['15-per-hour-seattle', 0.88],
		['canadian-electoral-reform', 0.96]
	] as const)('%s', (name, minAri) => {
		const { pv } = load(name);
		const result = replay(name, 3_600_000);
		expect(ariAgainstPolis(pv, result)).toBeGreaterThanOrEqual(minAri);
		// the in-conv set built up over time matches Pol.is's grouped participants up to a handful
		const grouped = new Set([...pv.groupIds].filter(([, g]) => g !== null).map(([p]) => p));
		const ours = new Set(result.participantIds.filter((_, i) => result.participantGroups[i] !== null).map(String));
		expect([...grouped].filter((p) => !ours.has(p))).toEqual([]);
		expect([...ours].filter((p) => !grouped.has(p)).length).toBeLessThanOrEqual(5);
	});
});
