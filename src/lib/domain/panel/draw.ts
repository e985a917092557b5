/**
 * @module The draw (lottning): from the panel's quotas and the pseudonymous pool to the sortition engine's
 * input, the public draw of the panel and its ordered reserves from a seed, the next reserve after a
 * decline, and selection chances per group. Pure: the same inputs and seed always give the same answer.
 */
import {
	buildVerification,
	drawIndex,
	normaliseFeatures,
	normalisePool,
	sha256Hex,
	type Feature,
	type Pool,
	type Verification
} from '../../analysis/sortition/index';
import { quotaOf, type PanelFeature, type Quota } from './panel';

/** A volunteer as the draw sees them: a pseudonymous code, the answers, a hashed address (or none). */
export type PoolMember = { code: string; values: Record<string, string>; household: string | null };

/** Everything the lottery is computed from, frozen when the computation is asked for. */
export type DrawInputs = {
	features: PanelFeature[];
	quotas: Quota[];
	k: number;
	reserves: number;
	householdCheck: boolean;
	pool: PoolMember[];
};

export const RESERVES_PROCEDURE = 'medskapa-reserves-v1';

export function toEngineFeatures(features: PanelFeature[], quotas: Quota[], k: number): Feature[] {
	return features.map((f) => ({
		name: f.key,
		key: f.key,
		values: f.values.map((v) => {
			const q = quotaOf(quotas, f.key, v.key, k);
			return { name: v.key, key: v.key, min: q.min, max: q.max };
		})
	}));
}

export function toEnginePool(inputs: DrawInputs): Pool {
	return {
		idColumn: 'code',
		people: inputs.pool.map((p) => ({
			id: p.code,
			values: inputs.features.map((f) => p.values[f.key] ?? ''),
			household: inputs.householdCheck && p.household ? p.household : undefined
		}))
	};
}

/** SHA-256 of the normalised quotas and pool with the panel size: a lottery is valid only for these inputs. */
export function inputsFingerprint(
	inputs: Pick<DrawInputs, 'features' | 'quotas' | 'k' | 'householdCheck' | 'pool'>
): string {
	const features = toEngineFeatures(inputs.features, inputs.quotas, inputs.k);
	const pool = normalisePool(toEnginePool({ ...inputs, reserves: 0 }), features);
	return sha256Hex(`${normaliseFeatures(features)}\n${pool}\n${inputs.k}:${inputs.householdCheck}`);
}

/** A computed lottery over panels of pseudonymous codes. */
export type ComputedLottery = {
	isOptimal: boolean;
	lottery: { probability: number; panel: string[] }[];
	probabilities: Record<string, number>;
	stats: { min: number; gini: number; geometricMean: number; upperBound: number | null };
	neverSelectable: { code: string; reason: 'maxZero' | 'noPanel' }[];
};

/**
 * Reserves, in order (procedure `medskapa-reserves-v1`): every volunteer who can be selected but was not
 * drawn, sorted by SHA-256 of `medskapa-reserve:` + seed + `:` + code (hex, ascending); the first `count`.
 */
export function orderReserves(candidates: readonly string[], seed: string, count: number): string[] {
	return candidates
		.map((code) => ({ code, key: sha256Hex(`medskapa-reserve:${seed}:${code}`) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.slice(0, count)
		.map((c) => c.code);
}

export type DrawOutcome = {
	selected: string[];
	reserves: string[];
	verification: Verification & { reserves: string[]; reservesProcedure: string };
};

/** The public draw: the panel by `medskapa-draw-v1` from the lottery, then the ordered reserves. */
export function drawWithSeed(inputs: DrawInputs, computed: ComputedLottery, seed: string): DrawOutcome {
	const verification = buildVerification({
		features: toEngineFeatures(inputs.features, inputs.quotas, inputs.k),
		pool: toEnginePool(inputs),
		k: inputs.k,
		algorithm: 'leximin',
		householdColumns: inputs.householdCheck ? ['household'] : [],
		seed,
		lottery: computed.lottery
	});
	const i = drawIndex(
		computed.lottery.map((e) => e.probability),
		seed
	);
	const selected = i >= 0 ? [...computed.lottery[i].panel] : [];
	const taken = new Set(selected);
	const never = new Set(computed.neverSelectable.map((n) => n.code));
	const candidates = inputs.pool
		.map((p) => p.code)
		.filter((c) => !taken.has(c) && !never.has(c) && (computed.probabilities[c] ?? 0) > 0);
	const reserves = orderReserves(candidates, seed, inputs.reserves);
	return { selected, reserves, verification: { ...verification, reserves, reservesProcedure: RESERVES_PROCEDURE } };
}

/** Does a panel (answers of its members) meet every quota? */
export function meetsQuotas(
	features: PanelFeature[],
	quotas: Quota[],
	k: number,
	members: readonly Record<string, string>[]
): boolean {
	return features.every((f) =>
		f.values.every((v) => {
			const q = quotaOf(quotas, f.key, v.key, k);
			const n = members.filter((m) => m[f.key] === v.key).length;
			return n >= q.min && n <= q.max;
		})
	);
}

/**
 * After a decline: the first reserve in order (not yet asked) with whom the panel still meets every quota;
 * when none does, the first reserve not yet asked, marked as not keeping the quotas.
 */
export function nextReserve(
	features: PanelFeature[],
	quotas: Quota[],
	k: number,
	stayingMembers: readonly Record<string, string>[],
	reserves: readonly { code: string; values: Record<string, string> }[],
	alreadyAsked: ReadonlySet<string>
): { code: string; keepsQuotas: boolean } | null {
	const open = reserves.filter((r) => !alreadyAsked.has(r.code));
	const fitting = open.find((r) => meetsQuotas(features, quotas, k, [...stayingMembers, r.values]));
	if (fitting) return { code: fitting.code, keepsQuotas: true };
	return open[0] ? { code: open[0].code, keepsQuotas: false } : null;
}

export type GroupChance = { feature: string; value: string; volunteers: number; min: number; mean: number };

/** Selection chance per feature value (never per person): how many volunteers, lowest and average chance. */
export function groupChances(
	features: PanelFeature[],
	pool: readonly PoolMember[],
	probabilities: Record<string, number>
): GroupChance[] {
	return features.flatMap((f) =>
		f.values.map((v) => {
			const ps = pool.filter((p) => p.values[f.key] === v.key).map((p) => probabilities[p.code] ?? 0);
			return {
				feature: f.key,
				value: v.key,
				volunteers: ps.length,
				min: ps.length ? Math.min(...ps) : 0,
				mean: ps.length ? ps.reduce((s, p) => s + p, 0) / ps.length : 0
			};
		})
	);
}

/** How many volunteers answered each value of each feature. */
export function countByValue(
	features: PanelFeature[],
	pool: readonly { values: Record<string, string> }[]
): Record<string, Record<string, number>> {
	return Object.fromEntries(
		features.map((f) => [
			f.key,
			Object.fromEntries(f.values.map((v) => [v.key, pool.filter((p) => p.values[f.key] === v.key).length]))
		])
	);
}

/** Percent for people: `12 %`, with one decimal under 10 % (`4,5 %`). */
export function formatChance(p: number, locale: 'sv' | 'en'): string {
	const pct = p * 100;
	const digits = pct > 0 && pct < 10 ? 1 : 0;
	return `${new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(pct)} %`;
}

/** The public verification file: inputs' hashes, quotas, lottery, seed and result; pseudonymous codes only. */
export function verificationFile(args: {
	process: string;
	panel: string;
	drawnAt: Date;
	inputs: DrawInputs;
	lottery: ComputedLottery;
	outcome: DrawOutcome;
}) {
	const { verification: v } = args.outcome;
	return {
		format: 'medskapa-panel-verification-v1',
		process: args.process,
		panel: args.panel,
		drawnAt: args.drawnAt.toISOString(),
		procedure: v.procedure,
		reservesProcedure: v.reservesProcedure,
		seed: v.seed,
		random: v.random,
		drawnIndex: v.drawnIndex,
		inputs: { ...v.inputs, volunteers: args.inputs.pool.length, reserves: args.inputs.reserves },
		quotas: toEngineFeatures(args.inputs.features, args.inputs.quotas, args.inputs.k).flatMap((f) =>
			f.values.map((q) => ({ feature: f.key, value: q.key, min: q.min, max: q.max }))
		),
		stats: args.lottery.stats,
		isOptimal: args.lottery.isOptimal,
		selected: args.outcome.selected,
		reserves: args.outcome.reserves,
		lottery: args.lottery.lottery
	};
}

export type VerificationFile = ReturnType<typeof verificationFile>;

/**
 * Re-runs the draw from a verification file alone: the panel from the seed and the lottery, and the reserves
 * (every code in a panel of positive probability that was not drawn, ordered by the seed).
 */
export function rerunDraw(file: Pick<VerificationFile, 'seed' | 'lottery' | 'inputs'>): {
	drawnIndex: number;
	selected: string[];
	reserves: string[];
} {
	const i = drawIndex(
		file.lottery.map((e) => e.probability),
		file.seed
	);
	const selected = i >= 0 ? [...file.lottery[i].panel] : [];
	const taken = new Set(selected);
	const candidates = [...new Set(file.lottery.filter((e) => e.probability > 0).flatMap((e) => e.panel))].filter(
		(c) => !taken.has(c)
	);
	return { drawnIndex: i, selected, reserves: orderReserves(candidates, file.seed, file.inputs.reserves) };
}
