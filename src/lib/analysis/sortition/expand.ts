/**
 * @module From a lottery over type panels ("3 of the 40 young women in the north") to a lottery over
 * concrete panels in which every member of a type has exactly the same probability.
 *
 * For a type with c members (ordered by SHA-256 of their id) of whom x sit on the panel, let
 * g = gcd(x, c) and L = c / g. Block s (s = 0..L-1) takes the members at positions s·x, …, s·x+x-1
 * (mod c); over the L blocks each member is taken exactly x/g times, so with each block at
 * probability 1/L everyone gets x/c. One shared number u in [0, 1) picks block floor(u·L) for every
 * type at once, which keeps the number of concrete panels small (one per distinct breakpoint a/L).
 */
import { sha256Hex } from './sha256';
import type { Instance, LotteryEntry } from './types';

function gcd(a: number, b: number): number {
	while (b) [a, b] = [b, a % b];
	return a;
}

export function expandLottery(instance: Instance, panels: number[][], weights: number[]): LotteryEntry[] {
	const merged = new Map<string, LotteryEntry>();
	// Blocks of consecutive members in file order would seat people who registered together on the
	// same panels; ordering each type by a hash of the id keeps the blocks fixed but unrelated to it.
	const order = instance.types.map((type) =>
		type.members
			.map((i) => ({ i, h: sha256Hex(`${instance.people[i].id}`) }))
			.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.i - b.i))
			.map(({ i }) => i)
	);
	panels.forEach((panel, j) => {
		if (weights[j] <= 0) return;
		// Only the types with a seat matter (a panel holds at most k of them).
		const seated = panel.flatMap((x, t) => (x > 0 ? [t] : []));
		const blocks = seated.map((t) => {
			const c = instance.types[t].members.length;
			const x = panel[t];
			return x === c ? 1 : c / gcd(x, c);
		});
		const size = seated.reduce((s, t) => s + panel[t], 0);
		for (const { start, end } of breakpoints(blocks)) {
			// A typed array sorts numerically without a comparator: this loop runs for every concrete panel.
			const chosen = new Int32Array(size);
			let n = 0;
			seated.forEach((t, b) => {
				const x = panel[t];
				const members = order[t];
				const s = Math.floor((start.a * blocks[b]) / start.l);
				for (let i = 0; i < x; i++) chosen[n++] = members[(s * x + i) % members.length];
			});
			chosen.sort();
			const key = chosen.join(',');
			const probability = weights[j] * (end - start.a / start.l);
			const entry = merged.get(key);
			if (entry) entry.probability += probability;
			else merged.set(key, { probability, panel: Array.from(chosen) });
		}
	});
	return canonicalOrder([...merged.values()]);
}

/**
 * Distinct points a/l for all block counts l, as exact fractions, with the interval each one opens.
 * Equal fractions divide to the same double (division is correctly rounded), and distinct ones with
 * such small denominators are far apart, so the doubles sort and deduplicate them exactly.
 */
function breakpoints(blocks: number[]): { start: { a: number; l: number }; end: number }[] {
	const at = new Map<number, { a: number; l: number }>();
	for (const l of new Set(blocks)) {
		for (let a = 0; a < l; a++) if (!at.has(a / l)) at.set(a / l, { a, l });
	}
	const values = Float64Array.from(at.keys()).sort();
	return Array.from(values, (v, i) => ({ start: at.get(v)!, end: i + 1 < values.length ? values[i + 1] : 1 }));
}

/** Panels sorted by their ascending member lists, so the order a draw walks is reproducible. */
export function canonicalOrder(lottery: LotteryEntry[]): LotteryEntry[] {
	return [...lottery].sort((p, q) => {
		for (let i = 0; i < Math.min(p.panel.length, q.panel.length); i++) {
			if (p.panel[i] !== q.panel[i]) return p.panel[i] - q.panel[i];
		}
		return p.panel.length - q.panel.length;
	});
}

/** Each person's probability implied by a lottery. */
export function marginals(n: number, lottery: LotteryEntry[]): number[] {
	const p = new Array<number>(n).fill(0);
	for (const entry of lottery) for (const i of entry.panel) p[i] += entry.probability;
	return p;
}
