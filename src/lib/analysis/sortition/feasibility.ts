/**
 * @module A clear answer to "can these quotas be met with this pool?", before any lottery is
 * computed: plain-arithmetic problems first (they explain themselves), then the exact answer from
 * the solver, a suggested relaxation when the answer is no, and who can never be chosen and why.
 */
import { coverTypes } from './coverage';
import { describeChange, suggestRelaxation, type QuotaChange } from './relaxation';
import { getHighs, type SolveCounter } from './solver';
import type { Exclusion, Instance } from './types';

export interface FeasibilityReport {
	isFeasible: boolean;
	/** Reasons a person can read, e.g. "only 3 people have age=16-29 but the minimum is 5". */
	problems: string[];
	/** When infeasible: the smallest quota changes that make a panel possible. */
	relaxation?: QuotaChange[];
	neverSelectable: Exclusion[];
}

/** How many distinct kinds of unselectable people get an individual "what would it take" answer. */
const EXPLAINED_TYPES = 20;

export async function checkFeasibility(instance: Instance): Promise<FeasibilityReport> {
	const highs = await getHighs();
	const counter: SolveCounter = { lp: 0, mip: 0 };
	const problems = arithmeticProblems(instance);
	const coverage = coverTypes(highs, instance, counter);
	const neverSelectable = [...instance.excluded];
	if (!coverage.isFeasible) {
		const relaxation = suggestRelaxation(highs, instance, counter);
		if (relaxation === undefined)
			problems.push(`Fewer than ${instance.k} people can be chosen at all, whatever the quotas.`);
		else if (problems.length === 0) problems.push('The quotas cannot all be met at once with this pool.');
		return { isFeasible: false, problems, relaxation, neverSelectable };
	}
	coverage.unselectable.forEach((t, i) => {
		let reason = 'no panel that meets every quota can include this person';
		if (i < EXPLAINED_TYPES) {
			const lower = instance.types.map((_, u) => (u === t ? 1 : 0));
			const changes = suggestRelaxation(highs, instance, counter, lower);
			if (changes && changes.length > 0) reason += ` (it would take: ${changes.map(describeChange).join('; ')})`;
		}
		for (const person of instance.types[t].members) neverSelectable.push({ person, reason });
	});
	neverSelectable.sort((a, b) => a.person - b.person);
	return { isFeasible: true, problems, neverSelectable };
}

function arithmeticProblems(instance: Instance): string[] {
	const { features, k, types } = instance;
	const problems: string[] = [];
	features.forEach((f, fi) => {
		const mins = f.values.reduce((s, q) => s + q.min, 0);
		const maxs = f.values.reduce((s, q) => s + q.max, 0);
		if (mins > k) problems.push(`${f.name}: the minimums add up to ${mins}, more than the panel size ${k}.`);
		if (maxs < k) problems.push(`${f.name}: the maximums add up to ${maxs}, less than the panel size ${k}.`);
		f.values.forEach((q, vi) => {
			const available = types.filter((t) => t.values[fi] === vi).reduce((s, t) => s + t.members.length, 0);
			if (available < q.min)
				problems.push(`Only ${available} people in the pool have ${f.name}=${q.name}, but the minimum is ${q.min}.`);
		});
	});
	return problems;
}
