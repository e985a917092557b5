/**
 * @module Turns quotas and a pool into a solver-ready instance. People who are interchangeable
 * (same value on every quota feature, nobody else at their address) are merged into one type:
 * leximin is unique and symmetric, so this is exact and shrinks the problems dramatically.
 */
import { normaliseKey } from './csv';
import { fail, ok, type Result } from './result';
import type { Exclusion, Feature, Instance, Pool, PersonType } from './types';

export function buildInstance(features: Feature[], pool: Pool, k: number): Result<Instance> {
	const n = pool.people.length;
	if (!Number.isInteger(k) || k < 1) return fail(`The panel size must be a whole number of 1 or more (found ${k}).`);
	if (k > n) return fail(`The panel size ${k} is larger than the pool (${n} people).`);
	const excluded: Exclusion[] = [];
	const valueIndex = pool.people.map((p) =>
		p.values.map((v, f) => features[f].values.findIndex((q) => q.key === normaliseKey(v)))
	);
	const isEligible = valueIndex.map((vi, i) => {
		const reason = staticReason(features, pool.people[i].values, vi);
		if (reason) excluded.push({ person: i, reason });
		return reason === undefined;
	});
	// Only addresses shared by two or more eligible people constrain anything.
	const byAddress = new Map<string, number[]>();
	pool.people.forEach((p, i) => {
		if (!isEligible[i] || p.household === undefined) return;
		byAddress.set(p.household, [...(byAddress.get(p.household) ?? []), i]);
	});
	const sharesAddress = new Set<number>();
	for (const members of byAddress.values()) if (members.length > 1) members.forEach((i) => sharesAddress.add(i));

	const types: PersonType[] = [];
	const typeOf = new Array<number>(n).fill(-1);
	const typeByKey = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		if (!isEligible[i]) continue;
		const key = sharesAddress.has(i) ? `person:${i}` : `values:${valueIndex[i].join(',')}`;
		let t = typeByKey.get(key);
		if (t === undefined) {
			t = types.length;
			typeByKey.set(key, t);
			types.push({ values: valueIndex[i], members: [] });
		}
		types[t].members.push(i);
		typeOf[i] = t;
	}
	const households = [...byAddress.values()].filter((m) => m.length > 1).map((m) => m.map((i) => typeOf[i]));
	return ok({ features, k, people: pool.people, valueIndex, types, typeOf, households, excluded });
}

function staticReason(features: Feature[], raw: string[], vi: number[]): string | undefined {
	for (let f = 0; f < features.length; f++) {
		if (vi[f] < 0) return `${features[f].name} is "${raw[f]}", a value without a quota`;
		const q = features[f].values[vi[f]];
		if (q.max === 0) return `${features[f].name}=${q.name} has a maximum of 0`;
	}
	return undefined;
}
