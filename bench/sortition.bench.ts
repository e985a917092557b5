/**
 * Panel selection (LEXIMIN) on the published instances and on generated skewed pools.
 * Prints time, solver calls, panels generated and the minimum probability against the certified
 * upper bound. Data: ../shared/data/sortition (or MEDSKAPA_SHARED_DIR/data/sortition).
 * Optional: SORTITION_BENCH_SIZES=250,500 to choose the generated pool sizes;
 * SORTITION_BENCH_SKIP_PUBLISHED=1 to run only the generated pools; SORTITION_BENCH_LIMIT_S=120 to
 * change the time budget per instance (a run that hits it is marked "stopped", with the minimum
 * reached so far: its lottery is valid but not certified optimal); SORTITION_BENCH_ALGORITHM=maximin
 * to time the cheaper mode. The last default size, 5,000 volunteers for 100 seats with 7 features, is the
 * city-scale workload (a city recruiting by post); its row is named city_5000.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	buildInstance,
	findDistribution,
	parseFeaturesCsv,
	parsePoolCsv,
	type Algorithm,
	type Instance
} from '../src/lib/analysis/sortition/index';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');

const PUBLISHED = [
	{ name: 'example_small_20', features: 'categories.csv', people: 'respondents.csv', k: 20, known: '0.1 (all)' },
	{ name: 'example_large_200', features: 'categories.csv', people: 'respondents.csv', k: 200, known: '0.1 (all)' },
	{ name: 'fixture_150_22', features: 'features.csv', people: 'candidates.csv', k: 22, known: '1/11 = 0.090909' },
	{ name: 'monitoring_100_30', features: 'categories.csv', people: 'respondents.csv', k: 30, known: '≈ 0.29670' }
];

function load(featuresCsv: string, poolCsv: string, k: number): Instance {
	const features = parseFeaturesCsv(featuresCsv);
	if (!features.ok) throw new Error(features.errors.join('\n'));
	const pool = parsePoolCsv(poolCsv, features.value);
	if (!pool.ok) throw new Error(pool.errors.join('\n'));
	const instance = buildInstance(features.value, pool.value, k);
	if (!instance.ok) throw new Error(instance.errors.join('\n'));
	return instance.value;
}

/** Deterministic generator so every run benchmarks the same pools. */
function mulberry32(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A population with 7 features; whether someone volunteers depends on their values (e.g. the
 * educated and the old answer more often), so the pool is skewed against the quotas, which follow
 * the population. That skew is what makes real instances hard.
 */
export function skewedPool(n: number, k: number, seed: number): Instance {
	const random = mulberry32(seed);
	const features = [
		{ name: 'gender', shares: [0.49, 0.49, 0.02], propensity: [1, 0.8, 1] },
		{ name: 'age', shares: [0.2, 0.25, 0.25, 0.3], propensity: [0.4, 0.7, 1, 1.4] },
		{ name: 'education', shares: [0.3, 0.4, 0.3], propensity: [0.4, 0.8, 1.6] },
		{ name: 'region', shares: [0.3, 0.2, 0.2, 0.15, 0.15], propensity: [1.2, 1, 0.9, 0.8, 0.6] },
		{ name: 'born_abroad', shares: [0.8, 0.2], propensity: [1, 0.5] },
		{ name: 'income', shares: [0.33, 0.34, 0.33], propensity: [0.6, 1, 1.3] },
		{ name: 'urban', shares: [0.7, 0.3], propensity: [1, 0.8] }
	];
	const pick = (shares: number[]) => {
		let r = random();
		for (let i = 0; i < shares.length; i++) if ((r -= shares[i]) < 0) return i;
		return shares.length - 1;
	};
	const rows: number[][] = [];
	while (rows.length < n) {
		const person = features.map((f) => pick(f.shares));
		const propensity = person.reduce((p, v, f) => p * features[f].propensity[v], 1);
		if (random() < propensity / 4) rows.push(person);
	}
	const quotas = features.flatMap((f) =>
		f.shares.map((s, v) => `${f.name},v${v},${Math.max(0, Math.floor(s * k) - 1)},${Math.ceil(s * k) + 1}`)
	);
	const featuresCsv = 'feature,value,min,max\n' + quotas.join('\n') + '\n';
	const poolCsv =
		features.map((f) => f.name).join(',') + '\n' + rows.map((r) => r.map((v) => `v${v}`).join(',')).join('\n') + '\n';
	return load(featuresCsv, poolCsv, k);
}

async function measure(
	label: string,
	instance: Instance,
	known: string,
	algorithm: Algorithm = 'leximin'
): Promise<string> {
	const start = performance.now();
	const limit = Number(process.env.SORTITION_BENCH_LIMIT_S ?? 120) * 1000;
	const result = await findDistribution(instance, { algorithm, now: () => performance.now(), timeLimitMs: limit });
	const ms = performance.now() - start;
	if (!result.ok)
		return `| ${label} | ${instance.people.length} | ${instance.k} | ${instance.types.length} | infeasible | | | | | | | | ${known} |`;
	const { stats, counts, isOptimal, lottery } = result.value;
	const bound = stats.upperBound === null ? '–' : stats.upperBound.toFixed(6);
	const gap = stats.upperBound === null ? '–' : (stats.upperBound - stats.min).toExponential(1);
	return `| ${label} | ${instance.people.length} | ${instance.k} | ${instance.types.length} | ${(ms / 1000).toFixed(2)}${isOptimal ? '' : ' (stopped)'} | ${counts.lpSolves} | ${counts.mipSolves} | ${counts.panels} | ${lottery.length} | ${stats.min.toFixed(6)} | ${bound} | ${gap} | ${known} |`;
}

export default async function bench(): Promise<void> {
	const algorithm = (process.env.SORTITION_BENCH_ALGORITHM ?? 'leximin') as Algorithm;
	console.log(`Algorithm: ${algorithm}\n`);
	const sizes = (process.env.SORTITION_BENCH_SIZES ?? '250,500,1000,2000,5000').split(',').map(Number);
	console.log(
		'| instance | n | k | types | time (s) | LP solves | MIP solves | type panels | lottery panels | min probability | certified bound | gap | known |'
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
	// Load the solver once so the first row does not pay for WebAssembly start-up.
	await findDistribution(load('feature,value,min,max\ng,a,0,1\n', 'g\na\na\n', 1));
	for (const p of process.env.SORTITION_BENCH_SKIP_PUBLISHED ? [] : PUBLISHED) {
		const dir = path.join(shared, 'data', 'sortition', p.name);
		const instance = load(
			readFileSync(path.join(dir, p.features), 'utf8'),
			readFileSync(path.join(dir, p.people), 'utf8'),
			p.k
		);
		console.log(await measure(p.name, instance, p.known, algorithm));
	}
	for (const n of sizes) {
		const k = Math.min(100, Math.round(n / 10));
		console.log(await measure(n >= 5000 ? `city_${n}` : `skewed_${n}`, skewedPool(n, k, n), '–', algorithm));
	}
}
