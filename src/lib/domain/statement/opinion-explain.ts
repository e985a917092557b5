/**
 * @module How the opinion map explains itself: for each group, the statements that most set it apart, with
 * the share of the group who answered that way, the count behind it and the share of everyone else; and the
 * statements with broad agreement in every group (Pol.is's group-informed consensus), with each group's
 * count. Only the numbers: the page words them. No number rests on fewer than MIN_VOTERS_FOR_NUMBERS answers,
 * so a share never points at a person.
 */

/** A number (a share or a count) is shown only when at least this many people answered behind it. */
export const MIN_VOTERS_FOR_NUMBERS = 5;
/** At most this many statements per group (the engine's representative statements, most telling first). */
export const SET_APART_TAKE = 5;
/** Broad agreement: at least this share of every shown group agreed. */
export const BROAD_AGREEMENT_MIN_SHARE = 0.7;
export const BROAD_AGREEMENT_TAKE = 5;

/** agree, disagree, pass */
export type Counts = readonly [number, number, number];

/** `count` of `of` who answered (pass included) answered this way; `pct` rounded to a whole per cent. */
export type Share = { count: number; of: number; pct: number };

export type SetApart = {
	statementId: string;
	direction: 'agree' | 'disagree';
	/** In the group: how many answered in `direction`, of those in the group who answered. */
	group: Share;
	/** Everyone else who answered (other groups, small groups, people not grouped). */
	rest: Share;
};

export type BroadAgreement = {
	statementId: string;
	/** The lowest share of agreement in any shown group, rounded down ("at least … %"). */
	lowestPct: number;
	/** Group id → how many in the group agreed, of those who answered. */
	groups: Record<number, Share>;
};

const answered = (c: Counts) => c[0] + c[1] + c[2];

export function shareOf(count: number, of: number): Share {
	return { count, of, pct: of === 0 ? 0 : Math.round((100 * count) / of) };
}

/**
 * The statements that set a group apart, in the engine's order (`candidates`: its representative
 * statements, agrees first), each with enough answers in the group and among everyone else to show numbers.
 * `hidden` counts candidates left out for too few answers.
 */
export function setApart(
	candidates: readonly { statementId: string; direction: 'agree' | 'disagree' }[],
	inGroup: (statementId: string) => Counts,
	inAll: (statementId: string) => Counts
): { items: SetApart[]; hidden: number } {
	const items: SetApart[] = [];
	let hidden = 0;
	for (const { statementId, direction } of candidates) {
		if (items.length === SET_APART_TAKE) break;
		const g = inGroup(statementId);
		const a = inAll(statementId);
		const rest: Counts = [a[0] - g[0], a[1] - g[1], a[2] - g[2]];
		if (answered(g) < MIN_VOTERS_FOR_NUMBERS || answered(rest) < MIN_VOTERS_FOR_NUMBERS) {
			hidden++;
			continue;
		}
		const i = direction === 'agree' ? 0 : 1;
		items.push({
			statementId,
			direction,
			group: shareOf(g[i], answered(g)),
			rest: shareOf(rest[i], answered(rest))
		});
	}
	return { items, hidden };
}

/**
 * Statements that at least BROAD_AGREEMENT_MIN_SHARE of every shown group agreed with, each group with at
 * least MIN_VOTERS_FOR_NUMBERS answers. Ordered by the engine's group-informed consensus (highest first),
 * then by id. Needs two groups or more: with one group it would only be "most agree".
 */
export function broadAgreement(
	statementIds: readonly string[],
	groupIds: readonly number[],
	inGroup: (statementId: string, groupId: number) => Counts,
	groupInformedConsensus: Record<string, number>
): BroadAgreement[] {
	if (groupIds.length < 2) return [];
	const found: (BroadAgreement & { gic: number })[] = [];
	for (const statementId of statementIds) {
		let lowest = Infinity;
		const groups: Record<number, Share> = {};
		for (const g of groupIds) {
			const c = inGroup(statementId, g);
			const n = answered(c);
			if (n < MIN_VOTERS_FOR_NUMBERS || c[0] / n < BROAD_AGREEMENT_MIN_SHARE) {
				lowest = -1;
				break;
			}
			lowest = Math.min(lowest, c[0] / n);
			groups[g] = shareOf(c[0], n);
		}
		if (lowest < 0) continue;
		// Rounded down, so "at least" stays true; the epsilon keeps 0.7 · 100 = 69.99… at 70.
		const lowestPct = Math.floor(100 * lowest + 1e-9);
		found.push({ statementId, lowestPct, groups, gic: groupInformedConsensus[statementId] ?? 0 });
	}
	return found
		.sort((a, b) => b.gic - a.gic || a.statementId.localeCompare(b.statementId))
		.slice(0, BROAD_AGREEMENT_TAKE)
		.map(({ statementId, lowestPct, groups }) => ({ statementId, lowestPct, groups }));
}
