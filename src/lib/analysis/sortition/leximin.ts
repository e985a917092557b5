/**
 * @module LEXIMIN, two ways. The fractional LEXIMIN (fractional-leximin.ts: panels may hold fractions
 * of people, so each stage is a small LP over expected counts per type) is an upper bound, in the
 * leximin order, on every lottery; when the walk in decompose.ts (finished if need be by
 * target-lottery.ts) writes it as a lottery over real quota-meeting panels, that lottery is optimal,
 * and certified so by construction. Otherwise (fractions would do better than any lottery) column
 * generation (column-generation.ts) solves the exact problem. On small instances column generation
 * is tried first, because there it is the quicker of the two.
 */
import type { Highs } from 'highs';
import { solveByColumnGeneration, type TypeLottery } from './column-generation';
import { decompose, reproduces } from './decompose';
import { fractionalLeximin } from './fractional-leximin';
import { lotteryForTarget } from './target-lottery';
import type { SolveCounter } from './solver';
import type { Instance, ProgressReporter } from './types';

export type { TypeLottery } from './column-generation';

/**
 * Small instances (types × panel size up to this) try column generation first: its rounds are cheap
 * there, and it usually finishes sooner than the walk's MIPs (monitoring_100_30: 0.06 s against
 * 0.23 s; fixture_150_22: 0.43 s against 0.86 s; skewed pools of 100–150: 0.15–0.9 s against 1–1.7 s).
 * Skewed pools of 200 (about 3,000) take 4–5 s by column generation and 2 s by the walk.
 */
const SMALL_SIZE = 3_000;
/**
 * Master LP rounds column generation may take on a small instance before the walk takes over
 * (fixture_150_22 needs 54, skewed pools of 150 up to 174, of 200 about 300–600).
 */
const SMALL_ROUNDS = 250;

export function solveLeximin(
	highs: Highs,
	instance: Instance,
	seedPanels: number[][],
	unselectable: number[],
	counter: SolveCounter,
	options: { isMaximinOnly?: boolean; isOutOfTime?: () => boolean; report?: ProgressReporter } = {}
): TypeLottery {
	const isOutOfTime = options.isOutOfTime ?? (() => false);
	if (instance.types.length * instance.k <= SMALL_SIZE) {
		const lastRound = counter.lp + SMALL_ROUNDS;
		const solved = solveByColumnGeneration(highs, instance, seedPanels, unselectable, counter, {
			...options,
			isOutOfTime: () => isOutOfTime() || counter.lp > lastRound
		});
		if (solved.isComplete || isOutOfTime()) return solved;
	}
	const quick = solveByFractionalLeximin(
		highs,
		instance,
		seedPanels,
		unselectable,
		counter,
		isOutOfTime,
		options.report
	);
	if (quick.lottery) return quick.lottery;
	// Not seeded with the walk's panels: they are the LEXIMIN support, all tight at once, and made the
	// master numerically infeasible in late stages in trials; the coverage panels never have.
	const solved = solveByColumnGeneration(highs, instance, seedPanels, unselectable, counter, options);
	return { ...solved, upperBound: Math.min(solved.upperBound, quick.bound) };
}

/**
 * The fractional LEXIMIN as a lottery over panels, when it can be written as one (then it is the
 * LEXIMIN lottery, and also a maximin one); `bound` is the fractional maximin, which bounds every
 * lottery's minimum either way.
 */
export function solveByFractionalLeximin(
	highs: Highs,
	instance: Instance,
	seedPanels: number[][],
	unselectable: number[],
	counter: SolveCounter,
	isOutOfTime: () => boolean,
	report?: ProgressReporter
): { lottery?: TypeLottery; bound: number } {
	const unreachable = new Set(unselectable);
	const upper = instance.types.map((type, t) => (unreachable.has(t) ? 0 : type.members.length));
	const fractional = fractionalLeximin(highs, instance, upper, counter, isOutOfTime, report);
	const bound = Number.isNaN(fractional.maximin) ? Number.POSITIVE_INFINITY : fractional.maximin;
	if (!fractional.isComplete) return { bound };
	// On this path the lottery, once written, reaches the bound: the minimum is certified, no gap.
	const walked = decompose(highs, instance, fractional.counts, upper, counter, isOutOfTime, (panels, placed) =>
		report?.({ phase: 'decomposition', iteration: panels, done: placed, bound })
	);
	// The walk may get stuck near its end (a face without panels); column generation towards the
	// target then rebalances the weights, usually within a few rounds.
	const found = walked.isComplete
		? walked
		: lotteryForTarget(
				highs,
				instance,
				fractional.counts,
				upper,
				[...walked.panels, ...seedPanels],
				counter,
				isOutOfTime,
				(round, mu) => report?.({ phase: 'completion', iteration: round, done: mu, bound })
			);
	if (!found || !reproduces(found.panels, found.weights, fractional.counts, instance)) return { bound };
	return {
		bound,
		lottery: {
			panels: found.panels,
			weights: found.weights,
			upperBound: bound,
			stages: fractional.stages,
			isComplete: true,
			generated: found.panels.length
		}
	};
}
