import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveByColumnGeneration } from './column-generation';
import { solveByFractionalLeximin } from './leximin';
import { coverTypes } from './coverage';
import {
	buildInstance,
	checkFeasibility,
	findDistribution,
	parseFeaturesCsv,
	parsePoolCsv,
	type Distribution,
	type Instance,
	type Progress
} from './index';
import { getHighs } from './solver';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const data = (...parts: string[]) => readFileSync(path.join(shared, 'data', 'sortition', ...parts), 'utf8');

function instanceFrom(featuresCsv: string, poolCsv: string, k: number, householdColumns?: string[]): Instance {
	const features = parseFeaturesCsv(featuresCsv);
	if (!features.ok) throw new Error(features.errors.join('\n'));
	const pool = parsePoolCsv(poolCsv, features.value, { householdColumns });
	if (!pool.ok) throw new Error(pool.errors.join('\n'));
	const instance = buildInstance(features.value, pool.value, k);
	if (!instance.ok) throw new Error(instance.errors.join('\n'));
	return instance.value;
}

async function leximin(
	instance: Instance,
	algorithm: 'leximin' | 'maximin' | 'legacy' = 'leximin'
): Promise<Distribution> {
	const result = await findDistribution(instance, { algorithm });
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.value;
}

/** The invariants every lottery must satisfy, whatever the instance. */
function expectValidLottery(instance: Instance, d: Distribution) {
	const { features, k, valueIndex } = instance;
	expect(d.lottery.reduce((s, e) => s + e.probability, 0)).toBeCloseTo(1, 12);
	expect(d.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(k, 9);
	const household = new Map<number, string>();
	instance.people.forEach((p, i) => p.household !== undefined && household.set(i, p.household));
	for (const { probability, panel } of d.lottery) {
		expect(probability).toBeGreaterThan(0);
		expect(new Set(panel).size).toBe(k);
		features.forEach((f, fi) =>
			f.values.forEach((q, vi) => {
				const count = panel.filter((i) => valueIndex[i][fi] === vi).length;
				expect(count).toBeGreaterThanOrEqual(q.min);
				expect(count).toBeLessThanOrEqual(q.max);
			})
		);
		const addresses = panel.map((i) => household.get(i)).filter((a) => a !== undefined);
		expect(new Set(addresses).size).toBe(addresses.length);
	}
}

describe('LEXIMIN on the published instances', () => {
	it.each([
		['example_small_20', 20],
		['example_large_200', 200]
	])('%s gives every volunteer exactly 10 %%', async (name, k) => {
		const instance = instanceFrom(data(name, 'categories.csv'), data(name, 'respondents.csv'), k);
		const d = await leximin(instance);
		expectValidLottery(instance, d);
		for (const p of d.probabilities) expect(p).toBeCloseTo(0.1, 9);
		// The certified bound is the MIP cutoff, so it may exceed the optimum by the 1e-7 margin.
		expect(d.stats.upperBound! - 0.1).toBeGreaterThanOrEqual(-1e-12);
		expect(d.stats.upperBound! - 0.1).toBeLessThan(2e-7);
		expect(d.stats.gini).toBeCloseTo(0, 9);
	});

	it('fixture_150_22 has minimum probability 1/11, certified', async () => {
		const instance = instanceFrom(data('fixture_150_22', 'features.csv'), data('fixture_150_22', 'candidates.csv'), 22);
		const d = await leximin(instance);
		expectValidLottery(instance, d);
		expect(Math.abs(d.stats.min - 1 / 11)).toBeLessThan(1e-8);
		expect(d.stats.upperBound! - 1 / 11).toBeGreaterThanOrEqual(-1e-12);
		expect(d.stats.upperBound! - 1 / 11).toBeLessThan(2e-7);
		// People of the same type share one probability.
		for (const type of instance.types) {
			const ps = type.members.map((i) => d.probabilities[i]);
			expect(Math.max(...ps) - Math.min(...ps)).toBeLessThan(1e-9);
		}
	});

	it('monitoring_100_30 has minimum probability ≈ 0.29670', async () => {
		const instance = instanceFrom(
			data('monitoring_100_30', 'categories.csv'),
			data('monitoring_100_30', 'respondents.csv'),
			30
		);
		const d = await leximin(instance);
		expectValidLottery(instance, d);
		expect(d.stats.min).toBeCloseTo(0.2967033, 6);
		expect(d.isOptimal).toBe(true);
		expect(d.stats.upperBound!).toBeGreaterThanOrEqual(d.stats.min - 1e-9);
		expect(d.stats.upperBound! - d.stats.min).toBeLessThan(1e-6);
	});

	it('maximin reaches the same minimum and legacy stays below it', async () => {
		const instance = instanceFrom(
			data('monitoring_100_30', 'categories.csv'),
			data('monitoring_100_30', 'respondents.csv'),
			30
		);
		const maximin = await leximin(instance, 'maximin');
		expectValidLottery(instance, maximin);
		expect(maximin.stats.min).toBeCloseTo(0.2967033, 6);
		const legacy = await leximin(instance, 'legacy');
		expectValidLottery(instance, legacy);
		expect(legacy.stats.upperBound).toBeNull();
	});
});

describe('the fractional LEXIMIN against column generation', () => {
	const typeProbabilities = (instance: Instance, lottery: { panels: number[][]; weights: number[] }) => {
		const total = lottery.weights.reduce((s, w) => s + w, 0);
		return instance.types.map(
			(type, t) =>
				lottery.panels.reduce((s, panel, j) => s + lottery.weights[j] * panel[t], 0) / total / type.members.length
		);
	};

	it('gives every kind of volunteer of fixture_150_22 the probability column generation gives', async () => {
		const instance = instanceFrom(data('fixture_150_22', 'features.csv'), data('fixture_150_22', 'candidates.csv'), 22);
		const highs = await getHighs();
		const counter = { lp: 0, mip: 0 };
		const coverage = coverTypes(highs, instance, counter);
		const reports: Progress[] = [];
		const quick = solveByFractionalLeximin(
			highs,
			instance,
			coverage.panels,
			coverage.unselectable,
			counter,
			() => false,
			(p) => reports.push(p)
		);
		// Progress: the fractional stages fix every type, then the walk places all the lottery's weight.
		const stages = reports.filter((p) => p.phase === 'fractional');
		expect(stages.at(-1)?.done).toBe(1);
		const walk = reports.filter((p) => p.phase === 'decomposition' || p.phase === 'completion');
		expect(walk.length).toBeGreaterThan(0);
		expect(walk.at(-1)?.done).toBeCloseTo(1, 9);
		expect(walk.every((p) => p.bound === quick.bound)).toBe(true);
		expect(reports.map((p) => p.phase)).toEqual([...stages.map(() => 'fractional'), ...walk.map((p) => p.phase)]);
		const exact = solveByColumnGeneration(highs, instance, coverage.panels, coverage.unselectable, counter);
		expect(quick.lottery?.isComplete).toBe(true);
		expect(exact.isComplete).toBe(true);
		const a = typeProbabilities(instance, quick.lottery!);
		const b = typeProbabilities(instance, exact);
		a.forEach((p, t) => expect(Math.abs(p - b[t])).toBeLessThan(1e-6));
		expect(Math.abs(quick.bound - 1 / 11)).toBeLessThan(1e-9);
	});

	it('gives up when fractions do better than any lottery; column generation answers', async () => {
		// Any two of A, B, C share a "yes" with a maximum of 1, so every panel of 2 is D and one of them:
		// D always, A, B and C a third each. With fractions of people, all four would get a half.
		const features = 'feature,value,min,max\nab,yes,0,1\nab,no,0,2\nbc,yes,0,1\nbc,no,0,2\nac,yes,0,1\nac,no,0,2\n';
		const pool = 'id,ab,bc,ac\nA,yes,no,yes\nB,yes,yes,no\nC,no,yes,yes\nD,no,no,no\n';
		const instance = instanceFrom(features, pool, 2);
		const highs = await getHighs();
		const counter = { lp: 0, mip: 0 };
		const coverage = coverTypes(highs, instance, counter);
		const quick = solveByFractionalLeximin(
			highs,
			instance,
			coverage.panels,
			coverage.unselectable,
			counter,
			() => false
		);
		expect(quick.lottery).toBeUndefined();
		expect(quick.bound).toBeCloseTo(0.5, 9);
		const d = await leximin(instance);
		expectValidLottery(instance, d);
		expect(d.isOptimal).toBe(true);
		expect(d.probabilities[3]).toBeCloseTo(1, 9);
		for (const i of [0, 1, 2]) expect(d.probabilities[i]).toBeCloseTo(1 / 3, 9);
	});
});

describe('progress', () => {
	it('reports each phase in order, ending with the certified bound and no gap', async () => {
		const instance = instanceFrom(data('fixture_150_22', 'features.csv'), data('fixture_150_22', 'candidates.csv'), 22);
		const reports: Progress[] = [];
		const result = await findDistribution(instance, { onProgress: (p) => reports.push({ ...p }) });
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const phases = reports.map((p) => p.phase).filter((phase, i, all) => i === 0 || all[i - 1] !== phase);
		expect(phases).toEqual(['coverage', 'column-generation', 'lottery']);
		for (const p of reports) if (p.done !== undefined) expect(p.done).toBeGreaterThanOrEqual(0);
		for (const p of reports) if (p.done !== undefined) expect(p.done).toBeLessThanOrEqual(1);
		expect(reports.filter((p) => p.phase === 'coverage').at(-1)?.done).toBe(1);
		const last = reports.filter((p) => p.phase === 'column-generation').at(-1)!;
		expect(last.done).toBe(1);
		expect(Math.abs(last.bound! - 1 / 11)).toBeLessThan(2e-7);
		expect(last.gap!).toBeLessThan(2e-7);
	});
});

describe('time budget', () => {
	it('returns a valid (quota-meeting) lottery marked not optimal when time runs out', async () => {
		const instance = instanceFrom(data('fixture_150_22', 'features.csv'), data('fixture_150_22', 'candidates.csv'), 22);
		let clock = 0;
		const result = await findDistribution(instance, { now: () => (clock += 10), timeLimitMs: 50 });
		if (!result.ok) throw new Error(result.errors.join('\n'));
		expect(result.value.isOptimal).toBe(false);
		expectValidLottery(instance, result.value);
	});
});

describe('hand-made cases', () => {
	it('at most one person per address: D sits on every panel, A, B, C a third each', async () => {
		const features = 'feature,value,min,max\nregion,north,0,2\n';
		const pool = 'name,region,street\nA,north,1 High St\nB,north,1 High St\nC,North,1 high st \nD,north,2 Low Rd\n';
		const instance = instanceFrom(features, pool, 2, ['street']);
		const d = await leximin(instance);
		expectValidLottery(instance, d);
		expect(d.probabilities[3]).toBeCloseTo(1, 9);
		for (const i of [0, 1, 2]) expect(d.probabilities[i]).toBeCloseTo(1 / 3, 9);
	});

	it('names who can never be chosen, and why', async () => {
		const features = 'category,feature,min,max\ngender,f,1,1\ngender,m,1,1\nage,young,1,1\nage,old,1,1\n';
		const pool = 'id,gender,age\nP,f,young\nQ,f,old\nR,m,young\nS,x,old\n';
		const instance = instanceFrom(features, pool, 2);
		const report = await checkFeasibility(instance);
		expect(report.isFeasible).toBe(true);
		expect(report.neverSelectable.map((e) => e.person)).toEqual([0, 3]);
		expect(report.neverSelectable[0].reason).toMatch(/no panel that meets every quota/);
		expect(report.neverSelectable[1].reason).toMatch(/gender is "x", a value without a quota/);
		const d = await leximin(instance);
		expectValidLottery(instance, d);
		expect(d.probabilities).toEqual([0, 1, 1, 0]);
	});

	it('infeasible quotas: a clear answer and the smallest relaxation', async () => {
		const features = 'feature,value,min,max\ngender,female,6,10\ngender,male,0,10\nage,young,1,10\nage,old,1,10\n';
		const pool =
			'gender,age\n' +
			'female,young\n'.repeat(2) +
			'female,old\n'.repeat(2) +
			'male,young\n'.repeat(3) +
			'male,old\n'.repeat(3);
		const instance = instanceFrom(features, pool, 8);
		const report = await checkFeasibility(instance);
		expect(report.isFeasible).toBe(false);
		expect(report.problems.join('\n')).toMatch(/Only 4 people in the pool have gender=female, but the minimum is 6/);
		expect(report.relaxation).toEqual([
			{ feature: 'gender', value: 'female', min: 6, max: 10, suggestedMin: 4, suggestedMax: 10 }
		]);
		const d = await findDistribution(instance);
		expect(d.ok).toBe(false);
	});

	it('relaxation prefers cutting a large minimum to cutting a small one', async () => {
		// Panel of 4; the minimums ask for 5. Cutting "old" (min 3) costs less than cutting "young" (min 2).
		const features = 'feature,value,min,max\nage,young,2,4\nage,old,3,4\n';
		const pool = 'age\n' + 'young\n'.repeat(5) + 'old\n'.repeat(5);
		const report = await checkFeasibility(instanceFrom(features, pool, 4));
		expect(report.isFeasible).toBe(false);
		expect(report.relaxation).toEqual([
			{ feature: 'age', value: 'old', min: 3, max: 4, suggestedMin: 2, suggestedMax: 4 }
		]);
	});
});
