/**
 * @module The record that lets anyone check a draw: SHA-256 of the normalised inputs, the lottery,
 * the seed, the random number it gives and the panel it picks. Normalising first means a re-saved
 * spreadsheet (other line endings, letter case, column order) hashes the same.
 */
import { normaliseKey } from './csv';
import { DRAW_PROCEDURE, drawIndex, seededUniform } from './draw';
import { sha256Hex } from './sha256';
import type { Feature, Pool } from './types';

/** One line per quota, `feature,value,min,max` in lower case, sorted. */
export function normaliseFeatures(features: Feature[]): string {
	const lines = features.flatMap((f) => f.values.map((q) => [f.key, q.key, q.min, q.max].join(',')));
	return lines.sort().join('\n') + '\n';
}

/** One line per person in file order: id, then each quota value in lower case (features sorted by name), then the address key. */
export function normalisePool(pool: Pool, features: Feature[]): string {
	const order = features
		.map((f, i) => ({ key: f.key, i }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const lines = pool.people.map((p) =>
		[p.id, ...order.map(({ i }) => normaliseKey(p.values[i])), p.household ?? '']
			.map((s) => JSON.stringify(s))
			.join(',')
	);
	return lines.join('\n') + '\n';
}

export interface Verification {
	procedure: string;
	seed: string;
	inputs: {
		featuresSha256: string;
		poolSha256: string;
		panelSize: number;
		algorithm: string;
		householdColumns: string[];
	};
	/** The uniform number in [0, 1) derived from the seed. */
	random: number;
	/** 0-based index of the drawn panel in `lottery`. */
	drawnIndex: number;
	lottery: { probability: number; panel: string[] }[];
	selected: string[];
}

export function buildVerification(args: {
	features: Feature[];
	pool: Pool;
	k: number;
	algorithm: string;
	householdColumns: string[];
	seed: string;
	lottery: { probability: number; panel: string[] }[];
}): Verification {
	const drawnIndex = drawIndex(
		args.lottery.map((e) => e.probability),
		args.seed
	);
	return {
		procedure: DRAW_PROCEDURE,
		seed: args.seed,
		inputs: {
			featuresSha256: sha256Hex(normaliseFeatures(args.features)),
			poolSha256: sha256Hex(normalisePool(args.pool, args.features)),
			panelSize: args.k,
			algorithm: args.algorithm,
			householdColumns: args.householdColumns
		},
		random: seededUniform(args.seed),
		drawnIndex,
		lottery: args.lottery,
		selected: drawnIndex >= 0 ? args.lottery[drawnIndex].panel : []
	};
}
