import { describe, expect, it } from 'vitest';
import {
	compareRepresentation,
	NOT_STATED,
	summariseChannels,
	summariseCounts,
	type RepresentationComparison
} from './compare';

const POPULATION = { '16-24': 1400, '25-44': 2600, '45-64': 3000, '65+': 3000 };
const row = (c: RepresentationComparison, group: string) => {
	const r = c.groups.find((g) => g.group === group);
	if (!r) throw new Error(`no row ${group}`);
	return r;
};
/** What a reader of the page can compute: total minus every count shown. */
const hiddenSum = (c: { total: number; groups: { count?: number | null; heardCount?: number | null }[] }) =>
	c.total - c.groups.reduce((s, g) => s + (g.heardCount ?? g.count ?? 0), 0);

describe('compareRepresentation', () => {
	it('gives shares, differences in points, ratios and statuses per group', () => {
		const c = compareRepresentation({
			population: POPULATION,
			heard: { '16-24': 6, '25-44': 50, '45-64': 68, '65+': 76, [NOT_STATED]: 20 }
		});
		expect(c).toMatchObject({
			total: 220,
			denominator: 'stated',
			heardBase: 200,
			minGroupSize: 5,
			belowMinimum: false
		});
		expect(c.groups.map((g) => g.group)).toEqual(['16-24', '25-44', '45-64', '65+', NOT_STATED]);
		const young = row(c, '16-24');
		expect(young).toMatchObject({
			population: 1400,
			heardCount: 6,
			status: 'under',
			suppressed: false,
			suppression: null
		});
		expect(young.populationShare).toBeCloseTo(0.14, 12);
		expect(young.heardShare).toBeCloseTo(0.03, 12);
		expect(young.differencePoints).toBeCloseTo(-11, 9);
		expect(young.ratio).toBeCloseTo(0.03 / 0.14, 12);
		expect(c.groups.map((g) => g.status)).toEqual(['under', 'balanced', 'balanced', 'over', null]);
		expect(row(c, '65+').differencePoints).toBeCloseTo(8, 9);
		expect(row(c, NOT_STATED)).toMatchObject({
			heardCount: 20,
			heardShare: 20 / 220,
			populationShare: null,
			status: null
		});
	});

	it('applies the documented thresholds: under below 0.8, over above 1.25, both limits balanced', () => {
		const statuses = (
			population: Record<string, number>,
			heard: Record<string, number>,
			t?: { under: number; over: number }
		) =>
			compareRepresentation({ population, heard, thresholds: t })
				.groups.filter((g) => g.group !== NOT_STATED)
				.map((g) => g.status);
		expect(statuses({ a: 50, b: 50 }, { a: 40, b: 60 })).toEqual(['balanced', 'balanced']); // ratio 0.8 and 1.2
		expect(statuses({ a: 50, b: 50 }, { a: 39, b: 61 })).toEqual(['under', 'balanced']); // 0.78
		expect(statuses({ a: 40, b: 60 }, { a: 50, b: 50 })).toEqual(['balanced', 'balanced']); // 1.25 and 0.833
		expect(statuses({ a: 40, b: 60 }, { a: 51, b: 49 })).toEqual(['over', 'balanced']); // 1.275
		expect(statuses({ a: 40, b: 60 }, { a: 50, b: 50 }, { under: 0.9, over: 1.1 })).toEqual(['over', 'under']);
		expect(statuses({ a: 0, b: 60, c: 40 }, { a: 7, b: 0, c: 93 })).toEqual(['over', 'under', 'over']);
	});

	it('keeps heard groups without a population figure, and never drops "not stated"', () => {
		const c = compareRepresentation({
			population: { Centrum: 600, Norr: 400 },
			heard: { Norr: 30, Annat: 10, Centrum: 50 }
		});
		expect(c.groups.map((g) => [g.group, g.heardCount, g.populationShare, g.status])).toEqual([
			['Centrum', 50, 0.6, 'balanced'],
			['Norr', 30, 0.4, 'balanced'],
			['Annat', 10, null, null],
			[NOT_STATED, 0, null, null]
		]);
	});

	it('withholds a count of 1–4 and the next smallest, so the total cannot give it away', () => {
		const heard = { '16-24': 3, '25-44': 40, '45-64': 60, '65+': 70 };
		const c = compareRepresentation({ population: POPULATION, heard });
		// A naive table shows 40, 60, 70 and the total 173, and 173 − 170 = 3 leaks the young people's count.
		expect(c.total).toBe(173);
		expect(hiddenSum(c)).toBe(43);
		expect(row(c, '16-24')).toEqual({
			group: '16-24',
			population: 1400,
			populationShare: 0.14,
			heardCount: null,
			heardShare: null,
			differencePoints: null,
			ratio: null,
			status: 'under',
			suppressed: true,
			suppression: 'small'
		});
		// Withheld to protect 16-24; its possible counts 39–42 of 173 are all 'balanced', so the status can be given.
		expect(row(c, '25-44')).toMatchObject({
			heardCount: null,
			heardShare: null,
			suppressed: true,
			suppression: 'complementary',
			status: 'balanced'
		});
		expect(row(c, '45-64')).toMatchObject({ heardCount: 60, suppressed: false });
		expect(row(c, NOT_STATED)).toMatchObject({ heardCount: 0, suppressed: false }); // zero is shown, and never picked to protect
	});

	it('gives no status for a withheld group when the possible counts disagree', () => {
		// 16-24 is 1 % of the population; "fewer than 5" of 100 is 1–4 %: balanced at 1 %, over at 4 %.
		const c = compareRepresentation({ population: { '16-24': 10, '25-44': 990 }, heard: { '16-24': 2, '25-44': 98 } });
		expect(row(c, '16-24')).toMatchObject({ suppressed: true, status: null });
	});

	it('counts shares on all perspectives when "not stated" is withheld, since a stated base would reveal it', () => {
		const c = compareRepresentation({
			population: POPULATION,
			heard: { '16-24': 20, '25-44': 50, '45-64': 60, '65+': 70, [NOT_STATED]: 2 }
		});
		// Base 200 (stated) would give 25-44 a share of 50/200; with the total 202 public, 202 − 200 = 2 leaks.
		expect(c).toMatchObject({ total: 202, denominator: 'all', heardBase: 202 });
		expect(row(c, NOT_STATED)).toMatchObject({ suppressed: true, suppression: 'small', heardCount: null });
		expect(row(c, '16-24')).toMatchObject({ suppressed: true, suppression: 'complementary' });
		expect(row(c, '25-44').heardShare).toBe(50 / 202);
		expect(hiddenSum(c)).toBe(22);
	});

	it('withholds everything when the whole dimension has fewer than 5 perspectives', () => {
		const c = compareRepresentation({ population: POPULATION, heard: { '16-24': 1, '65+': 2 } });
		expect(c.belowMinimum).toBe(true);
		expect(c.groups.every((g) => g.suppressed && g.heardCount === null)).toBe(true);
	});

	it('treats a wrong input as a bug', () => {
		expect(() => compareRepresentation({ population: { a: 1 }, heard: { a: -1 } })).toThrow(RangeError);
		expect(() => compareRepresentation({ population: { a: 1 }, heard: { a: 2.5 } })).toThrow(RangeError);
		expect(() => compareRepresentation({ population: { [NOT_STATED]: 1 }, heard: {} })).toThrow(RangeError);
		expect(() => compareRepresentation({ population: { a: 1 }, heard: {}, minGroupSize: 0 })).toThrow(RangeError);
	});
});

describe('summariseCounts and summariseChannels', () => {
	const hidden = (s: ReturnType<typeof summariseCounts>) =>
		s.groups.filter((g) => g.suppressed).map((g) => [g.group, g.suppression]);

	it('keeps withholding while the withheld counts add up to fewer than 5', () => {
		// 2 + 2 = 4: hiding a and b alone would still show that "a or b" is 4 people.
		const s = summariseCounts({ a: 2, b: 2, c: 10, d: 30 });
		expect(hidden(s)).toEqual([
			['a', 'small'],
			['b', 'small'],
			['c', 'complementary']
		]);
		expect(hiddenSum(s)).toBe(14);
		expect(hidden(summariseCounts({ a: 3, b: 4, c: 10 }))).toEqual([
			['a', 'small'],
			['b', 'small']
		]);
	});

	it('picks the smallest non-zero shown count, first in order on ties, never a zero', () => {
		expect(hidden(summariseCounts({ a: 3, b: 0, c: 0, d: 12, e: 40 }))).toEqual([
			['a', 'small'],
			['d', 'complementary']
		]);
		expect(hidden(summariseCounts({ a: 2, b: 7, c: 7 }))).toEqual([
			['a', 'small'],
			['b', 'complementary']
		]);
		expect(hidden(summariseCounts({ a: 0, b: 10, c: 20 }))).toEqual([]);
	});

	it('lists every channel, unused ones as 0, with the same suppression', () => {
		const s = summariseChannels({ web: 40, interview: 3, sms: 12 });
		expect(s.total).toBe(55);
		expect(s.groups).toEqual([
			{ group: 'web', count: 40, share: 40 / 55, suppressed: false, suppression: null },
			{ group: 'interview', count: null, share: null, suppressed: true, suppression: 'small' },
			{ group: 'popup', count: 0, share: 0, suppressed: false, suppression: null },
			{ group: 'phone', count: 0, share: 0, suppressed: false, suppression: null },
			{ group: 'sms', count: null, share: null, suppressed: true, suppression: 'complementary' },
			{ group: 'paper', count: 0, share: 0, suppressed: false, suppression: null },
			{ group: 'meeting', count: 0, share: 0, suppressed: false, suppression: null },
			{ group: 'walk', count: 0, share: 0, suppressed: false, suppression: null }
		]);
		expect(() => summariseChannels({ web: -2 })).toThrow(RangeError);
	});
});
