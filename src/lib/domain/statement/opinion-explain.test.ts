import { describe, expect, it } from 'vitest';
import {
	BROAD_AGREEMENT_TAKE,
	broadAgreement,
	MIN_VOTERS_FOR_NUMBERS,
	SET_APART_TAKE,
	setApart,
	type Counts
} from './opinion-explain';

describe('what sets a group apart', () => {
	it('gives the share and the count behind it in the group, and the share of everyone else', () => {
		// 29 of 37 in the group agreed; of all 100 who answered, 46 agreed: 17 of the other 63 (27 %).
		const { items, hidden } = setApart(
			[{ statementId: 's1', direction: 'agree' }],
			() => [29, 6, 2],
			() => [46, 44, 10]
		);
		expect(hidden).toBe(0);
		expect(items).toEqual([
			{
				statementId: 's1',
				direction: 'agree',
				group: { count: 29, of: 37, pct: 78 },
				rest: { count: 17, of: 63, pct: 27 }
			}
		]);
	});

	it('counts in the direction the statement sets the group apart: disagreeing', () => {
		const { items } = setApart(
			[{ statementId: 's2', direction: 'disagree' }],
			() => [2, 16, 7],
			() => [40, 22, 13]
		);
		expect(items[0].group).toEqual({ count: 16, of: 25, pct: 64 });
		expect(items[0].rest).toEqual({ count: 6, of: 50, pct: 12 });
	});

	it('shows no number that rests on fewer than 5 answers, in the group or among the others', () => {
		const counts: Record<string, [Counts, Counts]> = {
			few: [
				[3, 1, 0],
				[20, 10, 0]
			], // 4 answered in the group
			restFew: [
				[10, 2, 0],
				[13, 3, 0]
			], // 4 answered outside the group
			enough: [
				[4, 1, 0],
				[6, 4, 0]
			] // exactly 5 and 5
		};
		const { items, hidden } = setApart(
			Object.keys(counts).map((statementId) => ({ statementId, direction: 'agree' as const })),
			(s) => counts[s][0],
			(s) => counts[s][1]
		);
		expect(MIN_VOTERS_FOR_NUMBERS).toBe(5);
		expect(items.map((i) => i.statementId)).toEqual(['enough']);
		expect(hidden).toBe(2);
	});

	it('keeps the engine order and takes at most 5', () => {
		const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		const { items } = setApart(
			ids.map((statementId) => ({ statementId, direction: 'agree' as const })),
			() => [8, 2, 0],
			() => [10, 20, 0]
		);
		expect(items.map((i) => i.statementId)).toEqual(ids.slice(0, SET_APART_TAKE));
	});
});

describe('broad agreement in every group', () => {
	// statement → group → counts
	const table: Record<string, Record<number, Counts>> = {
		all: { 1: [29, 4, 2], 2: [18, 3, 2] }, // 83 %, 78 %
		exactly70: { 1: [7, 3, 0], 2: [14, 6, 0] }, // 70 % and 70 %
		oneGroupBelow: { 1: [30, 2, 0], 2: [13, 7, 0] }, // 94 %, 65 %
		fewInOneGroup: { 1: [30, 2, 0], 2: [4, 0, 0] }, // only 4 answered in group 2
		disagreed: { 1: [1, 30, 0], 2: [0, 20, 0] }
	};
	const counts = (s: string, g: number): Counts => table[s]?.[g] ?? [0, 0, 0];

	it('lists statements at least 70 % of every group agreed with, with each group’s count and the lowest share', () => {
		const found = broadAgreement(Object.keys(table), [1, 2], counts, { all: 0.5, exactly70: 0.4 });
		expect(found).toEqual([
			{
				statementId: 'all',
				lowestPct: 78,
				groups: { 1: { count: 29, of: 35, pct: 83 }, 2: { count: 18, of: 23, pct: 78 } }
			},
			{
				statementId: 'exactly70',
				lowestPct: 70,
				groups: { 1: { count: 7, of: 10, pct: 70 }, 2: { count: 14, of: 20, pct: 70 } }
			}
		]);
	});

	it('says "at least" truthfully: the lowest share is rounded down', () => {
		// 31 of 40 = 77.5 %: the group's own share shows 78 %, "at least" says 77 %.
		const found = broadAgreement(['s'], [1, 2], (_s, g) => (g === 1 ? [31, 9, 0] : [9, 1, 0]), {});
		expect(found[0].lowestPct).toBe(77);
		expect(found[0].groups[1].pct).toBe(78);
	});

	it('orders by group-informed consensus and takes at most 5', () => {
		const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
		const gic = { a: 0.1, b: 0.6, c: 0.3, d: 0.9, e: 0.2, f: 0.5 };
		const found = broadAgreement(ids, [1, 2], () => [9, 1, 0], gic);
		expect(found.map((f) => f.statementId)).toEqual(['d', 'b', 'f', 'c', 'e']);
		expect(found).toHaveLength(BROAD_AGREEMENT_TAKE);
	});

	it('needs two groups', () => {
		expect(broadAgreement(['all'], [1], counts, {})).toEqual([]);
	});
});
