/**
 * @module The method chooser (metodväljaren): ranks the catalogue's methods from a plan's answers — whom to
 * reach, breadth or depth, measure or reason, phase, participation level, budget — and says why.
 * Pure and deterministic: the same answers always give the same order (ties by name).
 */
import type { ParticipationLevel } from '../process/participation';
import type { Phase } from '../process/phases';
import { COSTS, type Cost, type Method, type ProfileAxis, type TargetGroup } from './methods';

/** A preference on an axis: lean to the low pole, the high pole, or no preference. */
export type Lean = 'low' | 'high' | 'either';

export type ChooserAnswers = {
	groups: TargetGroup[];
	/** low = hear few, high = hear many. */
	reach: Lean;
	/** low = shallow, high = deep. */
	depth: Lean;
	/** low = measure, high = reason. */
	mode: Lean;
	/** low = spontaneous reaction, high = learning. */
	learning: Lean;
	phase: Phase | null;
	level: ParticipationLevel | null;
	/** The most the plan can spend; null means no limit given. */
	budget: Cost | null;
};

export type Reason =
	| { kind: 'fit'; code: 'axis'; axis: ProfileAxis; pole: 'low' | 'high' }
	| { kind: 'fit'; code: 'phase'; phase: Phase }
	| { kind: 'fit'; code: 'level'; level: ParticipationLevel }
	| { kind: 'fit'; code: 'reaches'; group: TargetGroup }
	| { kind: 'warning'; code: 'axis'; axis: ProfileAxis; pole: 'low' | 'high' }
	| { kind: 'warning'; code: 'misses'; group: TargetGroup }
	| { kind: 'warning'; code: 'cost'; cost: Cost };

export type Suggestion = { method: Method; score: number; reasons: Reason[] };

export const emptyAnswers = (): ChooserAnswers => ({
	groups: [],
	reach: 'either',
	depth: 'either',
	mode: 'either',
	learning: 'either',
	phase: null,
	level: null,
	budget: null
});

const AXES: ProfileAxis[] = ['reach', 'depth', 'mode', 'learning'];
const WEIGHT = { phase: 2, level: 2, reaches: 2, misses: 2, costStep: 2 };

export function scoreMethod(method: Method, answers: ChooserAnswers): Suggestion {
	let score = 0;
	const reasons: Reason[] = [];
	for (const axis of AXES) {
		const lean = answers[axis];
		if (lean === 'either') continue;
		const value = method.profile[axis] * (lean === 'high' ? 1 : -1);
		score += value;
		if (value > 0) reasons.push({ kind: 'fit', code: 'axis', axis, pole: lean });
		else if (value < 0) reasons.push({ kind: 'warning', code: 'axis', axis, pole: lean });
	}
	if (answers.phase && method.phases.includes(answers.phase)) {
		score += WEIGHT.phase;
		reasons.push({ kind: 'fit', code: 'phase', phase: answers.phase });
	}
	if (answers.level && method.participationLevels.includes(answers.level)) {
		score += WEIGHT.level;
		reasons.push({ kind: 'fit', code: 'level', level: answers.level });
	}
	for (const group of answers.groups) {
		if (method.reachesGroups.includes(group)) {
			score += WEIGHT.reaches;
			reasons.push({ kind: 'fit', code: 'reaches', group });
		} else if (method.missesGroups.includes(group)) {
			score -= WEIGHT.misses;
			reasons.push({ kind: 'warning', code: 'misses', group });
		}
	}
	if (answers.budget) {
		const over = COSTS.indexOf(method.cost) - COSTS.indexOf(answers.budget);
		if (over > 0) {
			score -= over * WEIGHT.costStep;
			reasons.push({ kind: 'warning', code: 'cost', cost: method.cost });
		}
	}
	return { method, score, reasons };
}

/** All methods, best fit first. Reasons list what fits first, then what to watch out for. */
export function suggestMethods(methods: readonly Method[], answers: ChooserAnswers): Suggestion[] {
	return methods
		.map((m) => scoreMethod(m, answers))
		.map((s) => ({
			...s,
			reasons: [...s.reasons.filter((r) => r.kind === 'fit'), ...s.reasons.filter((r) => r.kind === 'warning')]
		}))
		.sort((a, b) => b.score - a.score || a.method.name.localeCompare(b.method.name, 'sv'));
}

/** True when the answers say nothing at all (the page then lists the catalogue without ranking). */
export function isEmptyAnswers(a: ChooserAnswers): boolean {
	return a.groups.length === 0 && AXES.every((x) => a[x] === 'either') && !a.phase && !a.level && !a.budget;
}
