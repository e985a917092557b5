import { describe, expect, it } from 'vitest';
import { publicBounds, suppressCounts } from './suppression';

const cells = (counts: Record<string, number>) => Object.entries(counts).map(([group, count]) => ({ group, count }));

describe('publicBounds', () => {
	it('bounds each withheld count by what the page shows, and nothing more', () => {
		const { cells: out, belowMinimum } = suppressCounts(cells({ young: 3, mid: 40, old: 60, none: 0 }), 5);
		// Shown: 60 and 0 of 103, so young + mid = 43; young is "fewer than 5" (1–4), so mid is 39–42.
		expect(publicBounds(out, 5, belowMinimum)).toEqual(
			new Map([
				['young', { lo: 1, hi: 4 }],
				['mid', { lo: 39, hi: 42 }]
			])
		);
	});

	it('allows zero for every count when the whole dimension is withheld', () => {
		const { cells: out, belowMinimum } = suppressCounts(cells({ a: 3, b: 0 }), 5);
		expect(belowMinimum).toBe(true);
		expect(publicBounds(out, 5, belowMinimum)).toEqual(
			new Map([
				['a', { lo: 0, hi: 3 }],
				['b', { lo: 0, hi: 3 }]
			])
		);
	});
});
