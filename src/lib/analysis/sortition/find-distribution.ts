/**
 * @module Entry point for a selection run: proves which people can be chosen at all, computes the
 * lottery with the requested algorithm, and turns it into per-person probabilities and statistics.
 */
import { coverTypes } from './coverage';
import { canonicalOrder, expandLottery, marginals } from './expand';
import { runLegacy } from './legacy';
import { solveLeximin } from './leximin';
import { fail, ok, type Result } from './result';
import { getHighs, type SolveCounter } from './solver';
import { geometricMean, gini, minimum } from './stats';
import type { Algorithm, Distribution, Exclusion, Instance, ProgressReporter } from './types';

export interface DistributionOptions {
	algorithm?: Algorithm;
	/** Clock for the timings (injected: the engine never reads the time itself). */
	now?: () => number;
	/** Legacy only: how many greedy draws estimate the probabilities, and the seed they use. */
	legacyRuns?: number;
	legacySeed?: string;
	/**
	 * Time budget in ms (measured with `now`). When it runs out, the lottery found so far is returned
	 * with `isOptimal: false`: every panel still meets the quotas, but the minimum may be improvable.
	 */
	timeLimitMs?: number;
	/**
	 * Progress reports (phase, iteration, share done, bound and gap) during the run, called synchronously
	 * from the solver: keep it quick (e.g. post a message, at most every so often).
	 */
	onProgress?: ProgressReporter;
}

export async function findDistribution(
	instance: Instance,
	options: DistributionOptions = {}
): Promise<Result<Distribution>> {
	const algorithm = options.algorithm ?? 'leximin';
	const now = options.now ?? (() => 0);
	const timingsMs: Record<string, number> = {};
	const started = now();
	let mark = started;
	const lap = (name: string) => {
		const t = now();
		timingsMs[name] = t - mark;
		mark = t;
	};
	const highs = await getHighs();
	lap('load');
	const counter: SolveCounter = { lp: 0, mip: 0 };
	const report = options.onProgress;
	const coverage = coverTypes(highs, instance, counter, report);
	lap('coverage');
	if (!coverage.isFeasible) return fail('No panel can meet all quotas with this pool; see the suggested relaxation.');
	const neverSelectable: Exclusion[] = [...instance.excluded];
	for (const t of coverage.unselectable) {
		for (const person of instance.types[t].members) {
			neverSelectable.push({ person, reason: 'no panel that meets every quota can include this person' });
		}
	}
	neverSelectable.sort((a, b) => a.person - b.person);
	const n = instance.people.length;
	let lottery;
	let upperBound: number | null = null;
	let stages = 0;
	let panelCount = 0;
	let isOptimal = algorithm !== 'legacy';
	if (algorithm === 'legacy') {
		lottery = canonicalOrder(runLegacy(instance, options.legacyRuns ?? 1000, options.legacySeed ?? ''));
		panelCount = lottery.length;
	} else {
		const deadline = options.timeLimitMs === undefined ? Number.POSITIVE_INFINITY : started + options.timeLimitMs;
		const solved = solveLeximin(highs, instance, coverage.panels, coverage.unselectable, counter, {
			isMaximinOnly: algorithm === 'maximin',
			isOutOfTime: () => now() > deadline,
			report
		});
		lap('solve');
		report?.({ phase: 'lottery', iteration: 0 });
		lottery = expandLottery(instance, solved.panels, solved.weights);
		upperBound = Number.isFinite(solved.upperBound) ? solved.upperBound : null;
		isOptimal = solved.isComplete;
		stages = solved.stages;
		panelCount = solved.generated;
	}
	lottery = normalise(lottery.filter((e) => e.probability > 1e-12));
	const probabilities = marginals(n, lottery);
	lap('lottery');
	return ok({
		algorithm,
		isOptimal,
		probabilities,
		lottery,
		stats: {
			min: minimum(probabilities),
			gini: gini(probabilities),
			geometricMean: geometricMean(probabilities),
			upperBound
		},
		counts: { lpSolves: counter.lp, mipSolves: counter.mip, panels: panelCount, stages },
		neverSelectable,
		timingsMs
	});
}

/** Tiny solver rounding is removed so the published probabilities add up to exactly 1. */
function normalise<T extends { probability: number }>(lottery: T[]): T[] {
	const total = lottery.reduce((s, e) => s + e.probability, 0);
	return lottery.map((e) => ({ ...e, probability: e.probability / total }));
}
