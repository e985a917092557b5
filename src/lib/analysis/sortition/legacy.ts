/**
 * @module The "legacy" greedy algorithm used by many organisers before 2021, kept only for
 * comparison: repeatedly take the quota value whose remaining minimum is hardest to fill
 * (needed / still available), draw a random volunteer with that value, and drop anyone whose value
 * has reached its maximum (and their household). Its probabilities are only known by simulation,
 * so they are estimated from `runs` seeded draws; the lottery is the empirical one.
 */
import { sha256Bytes } from './sha256';
import type { Instance, LotteryEntry } from './types';

/** Small seeded generator (sfc32) for the simulation; seeded from SHA-256 of the seed text. */
function makeRandom(seed: string): () => number {
	const s = new DataView(sha256Bytes(`medskapa-legacy:${seed}`).buffer);
	let [a, b, c, d] = [0, 4, 8, 12].map((o) => s.getUint32(o));
	return () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
}

export function runLegacy(instance: Instance, runs: number, seed: string): LotteryEntry[] {
	const random = makeRandom(seed);
	const counts = new Map<string, LotteryEntry>();
	let done = 0;
	for (let attempt = 0; done < runs && attempt < runs * 20; attempt++) {
		const panel = greedyPanel(instance, random);
		if (!panel) continue;
		done++;
		const key = panel.join(',');
		const entry = counts.get(key);
		if (entry) entry.probability += 1;
		else counts.set(key, { probability: 1, panel });
	}
	return [...counts.values()].map((e) => ({ ...e, probability: e.probability / Math.max(1, done) }));
}

function greedyPanel(instance: Instance, random: () => number): number[] | undefined {
	const { features, k, valueIndex } = instance;
	const householdOf = new Map<number, number[]>();
	for (const h of instance.households) {
		const people = h.flatMap((t) => instance.types[t].members);
		for (const p of people) householdOf.set(p, people);
	}
	const available = new Set(instance.types.flatMap((t) => t.members));
	const chosen: number[] = [];
	const selected = features.map((f) => f.values.map(() => 0));
	while (chosen.length < k) {
		if (available.size === 0) return undefined;
		const remaining = features.map((f) => f.values.map(() => 0));
		for (const p of available) valueIndex[p].forEach((v, f) => remaining[f][v]++);
		let best: { f: number; v: number; ratio: number } | undefined;
		features.forEach((f, fi) =>
			f.values.forEach((q, vi) => {
				const need = q.min - selected[fi][vi];
				if (need > 0 && remaining[fi][vi] < need) best = { f: fi, v: vi, ratio: Number.POSITIVE_INFINITY };
				const ratio = need > 0 ? need / remaining[fi][vi] : 0;
				if (need > 0 && (!best || ratio > best.ratio)) best = { f: fi, v: vi, ratio };
			})
		);
		if (best?.ratio === Number.POSITIVE_INFINITY) return undefined;
		const candidates = best ? [...available].filter((p) => valueIndex[p][best!.f] === best!.v) : [...available];
		const person = candidates[Math.floor(random() * candidates.length)];
		chosen.push(person);
		for (const mate of householdOf.get(person) ?? [person]) available.delete(mate);
		available.delete(person);
		valueIndex[person].forEach((v, f) => selected[f][v]++);
		for (const p of [...available]) {
			if (valueIndex[p].some((v, f) => selected[f][v] >= features[f].values[v].max)) available.delete(p);
		}
	}
	// Greedy can fill the panel before a minimum is met; such a run is discarded and redrawn.
	const isValid = features.every((f, fi) =>
		f.values.every((q, vi) => selected[fi][vi] >= q.min && selected[fi][vi] <= q.max)
	);
	return isValid ? chosen.sort((a, b) => a - b) : undefined;
}
