/**
 * @module The public view of an opinion map: groups described by the statements that set them apart
 * (with how the group voted compared with everyone else), the statements most people agree or disagree
 * with, and the statements that divide the groups most. Never who is in a group: only sizes and shares.
 * Groups smaller than MIN_GROUP_SIZE are not described publicly.
 */
import type { OpinionMapResult, VoteInput } from '../../analysis/opinion-map/types';
import { broadAgreement, setApart, type BroadAgreement, type SetApart } from './opinion-explain';

/** Below this many participants who voted, the map says "too few votes yet" instead of showing groups. */
export const MIN_PARTICIPANTS_FOR_MAP = 10;
/** Groups under 5 people are never shown publicly. */
export const MIN_GROUP_SIZE = 5;
const DIVISIVE_TAKE = 5;
/** Groups must differ by at least this share of agreement for a statement to count as divisive. */
const DIVISIVE_MIN_SPREAD = 0.3;
const MIN_VOTES_PER_GROUP = 3;

export type Tally = {
	agree: number;
	disagree: number;
	pass: number;
	total: number;
	agreePct: number;
	disagreePct: number;
	passPct: number;
};

export type ViewGroup = {
	id: number;
	/** A, B, C … in order of size, so the same map reads the same way every time. */
	label: string;
	size: number;
	representative: { statementId: string; direction: 'agree' | 'disagree'; group: Tally; rest: Tally }[];
	/** What sets the group apart, in words' numbers: at most 5, only where enough answered (opinion-explain.ts). */
	setApart: SetApart[];
	/** Representative statements left out of `setApart` because too few answered in the group or elsewhere. */
	setApartHidden: number;
};

export type ViewStatementShare = { statementId: string; all: Tally };

export type OpinionView = {
	participants: number;
	votes: number;
	/** True when there are enough participants and at least two groups large enough to describe. */
	enough: boolean;
	groups: ViewGroup[];
	/** Participants in groups too small to show (they still count in every other share). */
	hiddenInSmallGroups: number;
	consensus: { agree: ViewStatementShare[]; disagree: ViewStatementShare[] };
	divisive: { statementId: string; spread: number }[];
	/** Statements with broad agreement in every shown group (group-informed consensus), with each group's count. */
	broadAgreement: BroadAgreement[];
	/** Every statement in the map: all participants, and per shown group (group id → tally). For chart and table. */
	byStatement: { statementId: string; all: Tally; groups: Record<number, Tally> }[];
	priorities: Record<string, number>;
};

const LABELS = 'ABCDEFGH';

function tally(agree: number, disagree: number, pass: number): Tally {
	const total = agree + disagree + pass;
	const pct = (n: number) => (total === 0 ? 0 : Math.round((100 * n) / total));
	return { agree, disagree, pass, total, agreePct: pct(agree), disagreePct: pct(disagree), passPct: pct(pass) };
}

type Counts = [number, number, number];
const add = (c: Counts, v: number) => (v > 0 ? c[0]++ : v < 0 ? c[1]++ : c[2]++);

/**
 * Builds the view from the engine's result and the current votes (last vote per cell). `shown` lists the
 * statements participants can see (approved), in the order they should be listed.
 */
export function buildOpinionView(
	result: OpinionMapResult,
	votes: Iterable<VoteInput>,
	shown: readonly string[]
): OpinionView {
	const shownSet = new Set(shown);
	const groupOf = new Map<string, number>();
	result.participantIds.forEach((p, i) => {
		const g = result.participantGroups[i];
		if (g !== null) groupOf.set(String(p), g);
	});
	const sizes = new Map(result.groups.map((g) => [g.id, g.size]));
	const bigGroups = [...result.groups]
		.filter((g) => g.size >= MIN_GROUP_SIZE)
		.sort((a, b) => b.size - a.size || a.id - b.id);
	const bigIds = new Set(bigGroups.map((g) => g.id));

	// statement → [all, per group]
	const all = new Map<string, Counts>();
	const perGroup = new Map<string, Map<number, Counts>>();
	const voters = new Set<string>();
	let voteCount = 0;
	for (const v of votes) {
		const s = String(v.statement);
		voters.add(String(v.participant));
		voteCount++;
		if (!shownSet.has(s)) continue;
		if (!all.has(s)) all.set(s, [0, 0, 0]);
		add(all.get(s)!, v.vote);
		const g = groupOf.get(String(v.participant));
		if (g === undefined) continue;
		if (!perGroup.has(s)) perGroup.set(s, new Map());
		const m = perGroup.get(s)!;
		if (!m.has(g)) m.set(g, [0, 0, 0]);
		add(m.get(g)!, v.vote);
	}
	const allTally = (s: string) => tally(...(all.get(s) ?? [0, 0, 0]));
	const groupCounts = (s: string, g: number): Counts => perGroup.get(s)?.get(g) ?? [0, 0, 0];

	const groups: ViewGroup[] = bigGroups.map((g, i) => {
		const candidates = g.repness
			.filter((r) => shownSet.has(String(r.statementId)))
			.map((r) => ({ statementId: String(r.statementId), direction: r.repfulFor }));
		const explained = setApart(
			candidates,
			(s) => groupCounts(s, g.id),
			(s) => all.get(s) ?? [0, 0, 0]
		);
		return {
			id: g.id,
			label: LABELS[i] ?? String(i + 1),
			size: g.size,
			setApart: explained.items,
			setApartHidden: explained.hidden,
			representative: candidates.map(({ statementId: s, direction }) => {
				const [ga, gd, gp] = groupCounts(s, g.id);
				const [aa, ad, ap] = all.get(s) ?? [0, 0, 0];
				return { statementId: s, direction, group: tally(ga, gd, gp), rest: tally(aa - ga, ad - gd, ap - gp) };
			})
		};
	});

	const byStatement = shown.map((s) => ({
		statementId: s,
		all: allTally(s),
		groups: Object.fromEntries(bigGroups.map((g) => [g.id, tally(...groupCounts(s, g.id))]))
	}));

	const divisive =
		bigGroups.length < 2
			? []
			: byStatement
					.map(({ statementId, groups: gs }) => {
						const shares = Object.values(gs)
							.filter((t) => t.total >= MIN_VOTES_PER_GROUP)
							.map((t) => t.agree / t.total);
						return { statementId, spread: shares.length < 2 ? 0 : Math.max(...shares) - Math.min(...shares) };
					})
					.filter((d) => d.spread >= DIVISIVE_MIN_SPREAD)
					.sort((a, b) => b.spread - a.spread || a.statementId.localeCompare(b.statementId))
					.slice(0, DIVISIVE_TAKE)
					.map((d) => ({ statementId: d.statementId, spread: Math.round(d.spread * 100) / 100 }));

	const share = (items: { statementId: string | number }[]) =>
		items
			.filter((c) => shownSet.has(String(c.statementId)))
			.map((c) => ({ statementId: String(c.statementId), all: allTally(String(c.statementId)) }));
	const hiddenInSmallGroups = [...sizes].filter(([id]) => !bigIds.has(id)).reduce((n, [, size]) => n + size, 0);

	return {
		participants: voters.size,
		votes: voteCount,
		enough: voters.size >= MIN_PARTICIPANTS_FOR_MAP && groups.length >= 2,
		groups,
		hiddenInSmallGroups,
		consensus: { agree: share(result.consensus.agree), disagree: share(result.consensus.disagree) },
		divisive,
		broadAgreement: broadAgreement(
			shown,
			bigGroups.map((g) => g.id),
			groupCounts,
			result.groupInformedConsensus
		),
		byStatement,
		priorities: Object.fromEntries(Object.entries(result.priorities).filter(([id]) => shownSet.has(id)))
	};
}
