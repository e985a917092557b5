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
		const blocks = panel.map((x, t) => {
			const c = instance.types[t].members.length;
			return x === 0 || x === c ? 1 : c / gcd(x, c);
		});
		for (const { start, end } of breakpoints(blocks)) {
			const chosen: number[] = [];
			panel.forEach((x, t) => {
				const members = order[t];
				const s = Math.floor((start.a * blocks[t]) / start.l);
				for (let i = 0; i < x; i++) chosen.push(members[(s * x + i) % members.length]);
			});
			chosen.sort((a, b) => a - b);
			const key = chosen.join(',');
			const probability = weights[j] * (end - start.a / start.l);
			const entry = merged.get(key);
			if (entry) entry.probability += probability;
			else merged.set(key, { probability, panel: chosen });
		}
	});
	return canonicalOrder([...merged.values()]);
}

/** Distinct points a/l for all block counts l, as exact fractions, with the interval each one opens. */
function breakpoints(blocks: number[]): { start: { a: number; l: number }; end: number }[] {
	const points: { a: number; l: number }[] = [];
	for (const l of new Set(blocks)) for (let a = 0; a < l; a++) points.push({ a, l });
	points.sort((p, q) => p.a * q.l - q.a * p.l);
	const distinct = points.filter((p, i) => i === 0 || p.a * points[i - 1].l !== points[i - 1].a * p.l);
	return distinct.map((start, i) => ({
		start,
		end: i + 1 < distinct.length ? distinct[i + 1].a / distinct[i + 1].l : 1
	}));
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
