/**
 * `medskapa select-panel`: compute a fair lottery over quota-meeting panels and draw one with a
 * public seed. All the work is in src/lib/analysis/sortition; this file only reads files, hashes
 * nothing itself and writes the result.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	buildInstance,
	buildVerification,
	checkFeasibility,
	describeChange,
	findDistribution,
	parseFeaturesCsv,
	parsePoolCsv,
	type Algorithm
} from '../../lib/analysis/sortition/index';

const USAGE = `Usage: medskapa select-panel --features FILE --people FILE --size K --out FILE [options]

Computes selection probabilities for every volunteer, a lottery over panels that meet every quota,
and draws one panel with a public seed that anyone can use to re-run the draw.

  --features FILE          quotas: feature,value,min,max  or  category,feature,min,max
  --people FILE            the pool, one row per volunteer, one column per feature
  --size K                 panel size
  --out FILE               where to write the result (JSON)
  --algorithm NAME         leximin (default), maximin or legacy
  --household-columns A,B  address columns: at most one person per address on the panel
  --id-column NAME         id column (detected when omitted; else the 0-based row number)
  --seed S                 public seed for the draw, announced in advance (random if omitted)
  --legacy-runs N          legacy only: number of simulated draws (default 1000)
  --time-limit SECONDS     stop improving after this long; the lottery is then valid but not optimal
  --help                   show this text
`;

const ALGORITHMS: Algorithm[] = ['leximin', 'maximin', 'legacy'];

function usageError(message: string): number {
	console.error(`select-panel: ${message}\n\n${USAGE}`);
	return 2;
}

function readText(path: string, what: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		console.error(`select-panel: cannot read the ${what} file "${path}": ${(error as Error).message}`);
		return undefined;
	}
}

export async function run(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			strict: true,
			options: {
				features: { type: 'string' },
				people: { type: 'string' },
				size: { type: 'string' },
				out: { type: 'string' },
				algorithm: { type: 'string', default: 'leximin' },
				'household-columns': { type: 'string' },
				'id-column': { type: 'string' },
				seed: { type: 'string' },
				'legacy-runs': { type: 'string', default: '1000' },
				'time-limit': { type: 'string' },
				help: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		return usageError((error as Error).message);
	}
	const o = parsed.values;
	if (o.help) {
		console.log(USAGE);
		return 0;
	}
	for (const name of ['features', 'people', 'size', 'out'] as const)
		if (!o[name]) return usageError(`--${name} is required.`);
	const k = Number(o.size);
	if (!Number.isInteger(k) || k < 1) return usageError(`--size must be a whole number of 1 or more (got "${o.size}").`);
	const algorithm = o.algorithm as Algorithm;
	if (!ALGORITHMS.includes(algorithm))
		return usageError(`--algorithm must be one of ${ALGORITHMS.join(', ')} (got "${o.algorithm}").`);
	const legacyRuns = Number(o['legacy-runs']);
	if (!Number.isInteger(legacyRuns) || legacyRuns < 1)
		return usageError('--legacy-runs must be a whole number of 1 or more.');
	const timeLimit = o['time-limit'] === undefined ? undefined : Number(o['time-limit']);
	if (timeLimit !== undefined && !(timeLimit > 0))
		return usageError('--time-limit must be a number of seconds above 0.');
	const householdColumns = o['household-columns']
		? o['household-columns']
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		: [];

	const start = performance.now();
	const featuresText = readText(o.features!, 'features');
	const peopleText = readText(o.people!, 'people');
	if (featuresText === undefined || peopleText === undefined) return 2;
	const features = parseFeaturesCsv(featuresText);
	if (!features.ok) return inputError(o.features!, features.errors);
	const pool = parsePoolCsv(peopleText, features.value, { idColumn: o['id-column'], householdColumns });
	if (!pool.ok) return inputError(o.people!, pool.errors);
	const instance = buildInstance(features.value, pool.value, k);
	if (!instance.ok) return inputError(o.people!, instance.errors);
	const readMs = performance.now() - start;

	const feasibility = await checkFeasibility(instance.value);
	const ids = pool.value.people.map((p) => p.id);
	if (!feasibility.isFeasible) {
		console.error('The quotas cannot be met with this pool.');
		for (const problem of feasibility.problems) console.error(`  - ${problem}`);
		if (feasibility.relaxation?.length) {
			console.error('Smallest change to the quotas that makes a panel possible:');
			for (const change of feasibility.relaxation) console.error(`  - ${describeChange(change)}`);
		}
		return 1;
	}
	const feasibilityMs = performance.now() - start - readMs;
	const seed = o.seed ?? randomBytes(16).toString('hex');
	if (o.seed === undefined)
		console.warn(`No --seed given: using ${seed}. Announce a seed in advance for a draw the public can verify.`);
	const result = await findDistribution(instance.value, {
		algorithm,
		now: () => performance.now(),
		legacyRuns,
		legacySeed: seed,
		timeLimitMs: timeLimit === undefined ? undefined : timeLimit * 1000
	});
	if (!result.ok) return inputError(o.features!, result.errors);
	const d = result.value;
	const lottery = d.lottery.map((e) => ({ probability: e.probability, panel: e.panel.map((i) => ids[i]) }));
	const verification = buildVerification({
		features: features.value,
		pool: pool.value,
		k,
		algorithm,
		householdColumns,
		seed,
		lottery
	});
	if (!d.isOptimal && algorithm !== 'legacy')
		console.warn('Time limit reached: the lottery meets every quota but is not certified optimal.');
	const output = {
		algorithm,
		isOptimal: d.isOptimal,
		probabilities: Object.fromEntries(d.probabilities.map((p, i) => [ids[i], p])),
		lottery,
		selected: verification.selected,
		stats: d.stats,
		seed,
		neverSelectable: feasibility.neverSelectable.map((e) => ({ id: ids[e.person], reason: e.reason })),
		counts: d.counts,
		timingsMs: { read: readMs, feasibility: feasibilityMs, ...d.timingsMs, total: performance.now() - start },
		// The lottery is already at the top level; repeating it would double a file that can be megabytes.
		verification: { ...verification, lottery: 'see "lottery" above' }
	};
	writeFileSync(o.out!, JSON.stringify(output) + '\n');
	printSummary(output, feasibility.problems);
	console.log(`Wrote ${o.out}`);
	return 0;
}

function inputError(file: string, errors: string[]): number {
	console.error(`select-panel: problem with ${file}:`);
	for (const e of errors) console.error(`  - ${e}`);
	return 2;
}

function printSummary(
	o: {
		algorithm: string;
		stats: { min: number; gini: number; geometricMean: number; upperBound: number | null };
		lottery: unknown[];
		selected: string[];
		neverSelectable: { id: string; reason: string }[];
		timingsMs: { total: number };
	},
	warnings: string[]
) {
	const pct = (x: number) => `${(100 * x).toFixed(4)} %`;
	for (const w of warnings) console.warn(`Note: ${w}`);
	if (o.neverSelectable.length > 0) {
		console.log(`${o.neverSelectable.length} people can never be selected:`);
		for (const e of o.neverSelectable.slice(0, 20)) console.log(`  - ${e.id}: ${e.reason}`);
	}
	console.log(
		`Algorithm ${o.algorithm}: minimum probability ${pct(o.stats.min)}` +
			(o.stats.upperBound === null ? '' : ` (certified best possible ≤ ${pct(o.stats.upperBound)})`)
	);
	console.log(
		`Gini ${pct(o.stats.gini)}, geometric mean ${pct(o.stats.geometricMean)}, ${o.lottery.length} panels in the lottery, ${o.timingsMs.total.toFixed(0)} ms`
	);
	console.log(`Selected: ${o.selected.join(', ')}`);
}
