/**
 * @module Who has been heard compared with who lives in the area, one self-description dimension at
 * a time, with small groups suppressed (see suppression.ts). Aggregates only: no function here takes
 * or returns a person, so nobody can be listed or filtered by these traits.
 */
import { CHANNELS } from '../../kernel/channels';
import { assertCount, publicBounds, suppressCounts, type Suppression } from './suppression';

/** The group for perspectives without this self-description. Always reported, never dropped. */
export const NOT_STATED = 'not-stated';

export type RepresentationStatus = 'under' | 'balanced' | 'over';

/**
 * A group is 'under' when its share of the perspectives is below 4/5 of its share of the population
 * (ratio < 0.8) and 'over' when above 5/4 (ratio > 1.25); the two limits are the same distance from 1
 * on a ratio scale, so "half as often" and "twice as often" weigh alike. Between them: 'balanced'.
 */
export const DEFAULT_THRESHOLDS = { under: 0.8, over: 1.25 } as const;
export type Thresholds = { under: number; over: number };

export type GroupComparison = {
	group: string;
	population: number | null;
	/** Share of the area's population, 0–1; null for groups SCB has no figure for (and "not stated"). */
	populationShare: number | null;
	/** Null when suppressed. */
	heardCount: number | null;
	/** Share of `heardBase`, 0–1 ("not stated": share of all perspectives). Null when suppressed. */
	heardShare: number | null;
	/** (heardShare − populationShare) × 100. */
	differencePoints: number | null;
	/** heardShare / populationShare. */
	ratio: number | null;
	/** For a suppressed group only given when every count the page leaves possible gives the same status. */
	status: RepresentationStatus | null;
	suppressed: boolean;
	suppression: Suppression | null;
};

export type RepresentationComparison = {
	groups: GroupComparison[];
	/** All perspectives, "not stated" included. */
	total: number;
	/**
	 * 'stated': heard shares are of the perspectives that state this dimension, so they compare like
	 * with like against the population. 'all': of all perspectives — used whenever the "not stated"
	 * count is withheld, because a share of the stated ones would reveal it.
	 */
	denominator: 'stated' | 'all';
	heardBase: number;
	minGroupSize: number;
	/** Fewer than minGroupSize perspectives in all: every count is withheld. */
	belowMinimum: boolean;
};

export type CompareInput = {
	population: Record<string, number>;
	heard: Record<string, number>;
	minGroupSize?: number;
	thresholds?: Thresholds;
};

export function compareRepresentation(input: CompareInput): RepresentationComparison {
	const { population, heard, minGroupSize = 5, thresholds = DEFAULT_THRESHOLDS } = input;
	if (NOT_STATED in population) throw new RangeError(`Population cannot have a "${NOT_STATED}" group.`);
	for (const [g, n] of Object.entries(population)) {
		if (!Number.isFinite(n) || n < 0) throw new RangeError(`Population for "${g}" must be a number ≥ 0, got ${n}.`);
	}
	// Order: population groups, then heard groups SCB has no figure for, then "not stated" last.
	const order = [
		...Object.keys(population),
		...Object.keys(heard).filter((g) => !(g in population) && g !== NOT_STATED),
		NOT_STATED
	];
	const { cells, belowMinimum } = suppressCounts(
		order.map((group) => ({ group, count: heard[group] ?? 0 })),
		minGroupSize
	);
	const bounds = publicBounds(cells, minGroupSize, belowMinimum);
	const total = cells.reduce((s, c) => s + c.count, 0);
	const notStated = cells[cells.length - 1];
	const denominator = notStated.suppression === null ? 'stated' : 'all';
	const heardBase = denominator === 'stated' ? total - notStated.count : total;
	const popTotal = Object.values(population).reduce((s, n) => s + n, 0);

	const groups = cells.map((c): GroupComparison => {
		const isNotStated = c.group === NOT_STATED;
		const pop = c.group in population ? population[c.group] : null;
		const popShare = pop === null || popTotal === 0 ? null : pop / popTotal;
		const base = isNotStated ? total : heardBase;
		const statusAt = (count: number) =>
			isNotStated ? null : statusOf(base === 0 ? null : count / base, popShare, thresholds);
		const b = bounds.get(c.group);
		if (b) {
			const lo = statusAt(b.lo);
			const status = lo === statusAt(b.hi) ? lo : null;
			return {
				group: c.group,
				population: pop,
				populationShare: popShare,
				heardCount: null,
				heardShare: null,
				differencePoints: null,
				ratio: null,
				status,
				suppressed: true,
				suppression: c.suppression
			};
		}
		const share = base === 0 ? null : c.count / base;
		return {
			group: c.group,
			population: pop,
			populationShare: popShare,
			heardCount: c.count,
			heardShare: share,
			differencePoints: share === null || popShare === null ? null : (share - popShare) * 100,
			ratio: share === null || !popShare ? null : share / popShare,
			status: statusAt(c.count),
			suppressed: false,
			suppression: null
		};
	});
	return { groups, total, denominator, heardBase, minGroupSize, belowMinimum };
}

function statusOf(heardShare: number | null, popShare: number | null, t: Thresholds): RepresentationStatus | null {
	if (heardShare === null || popShare === null) return null;
	if (popShare === 0) return heardShare === 0 ? 'balanced' : 'over';
	const ratio = heardShare / popShare;
	return ratio < t.under ? 'under' : ratio > t.over ? 'over' : 'balanced';
}

export type CountSummary = {
	groups: {
		group: string;
		count: number | null;
		share: number | null;
		suppressed: boolean;
		suppression: Suppression | null;
	}[];
	total: number;
	belowMinimum: boolean;
};

/** Counts per group with the same suppression, for dimensions SCB has no population for (e.g. relation). */
export function summariseCounts(counts: Record<string, number>, minGroupSize = 5): CountSummary {
	const { cells, belowMinimum } = suppressCounts(
		Object.entries(counts).map(([group, count]) => ({ group, count })),
		minGroupSize
	);
	const total = cells.reduce((s, c) => s + c.count, 0);
	const groups = cells.map((c) =>
		c.suppression === null
			? {
					group: c.group,
					count: c.count,
					share: total === 0 ? null : c.count / total,
					suppressed: false,
					suppression: null
				}
			: { group: c.group, count: null, share: null, suppressed: true, suppression: c.suppression }
	);
	return { groups, total, belowMinimum };
}

/** Perspectives per channel. Every channel is listed, unused ones as 0, so a missing channel shows. */
export function summariseChannels(counts: Partial<Record<string, number>>, minGroupSize = 5): CountSummary {
	const all: Record<string, number> = {};
	for (const ch of CHANNELS) all[ch] = 0;
	for (const [ch, n] of Object.entries(counts)) {
		assertCount(ch, n ?? 0);
		all[ch] = n ?? 0;
	}
	return summariseCounts(all, minGroupSize);
}
