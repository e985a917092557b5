import { describe, expect, it } from 'vitest';
import { parseAgeRange } from './age-codes';
import { populationByBand } from './population';
import type { ScbTable } from './scb-table';

/** One-dimensional age table: code → count (null for ".."). */
const ageTable = (counts: Record<string, number | null>): ScbTable => ({
	dimensions: [
		{ code: 'Alder', label: 'ålder', values: Object.keys(counts).map((code) => ({ code, label: `${code} år` })) }
	],
	rows: Object.entries(counts).map(([Alder, value]) => ({ key: { Alder }, value }))
});
const bandsOf = (t: ScbTable, bands?: string[]) => {
	const r = populationByBand(t, { ageDimension: 'Alder', bands });
	if (!r.ok) throw new Error(r.error.message);
	return r.value;
};

describe('parseAgeRange', () => {
	it('reads SCB age codes and Medskapa bands as whole-year ranges', () => {
		expect(parseAgeRange('20-24')).toEqual({ from: 20, to: 24 });
		expect(parseAgeRange('20–24')).toEqual({ from: 20, to: 24 });
		expect(parseAgeRange('17')).toEqual({ from: 17, to: 17 });
		expect(parseAgeRange('100+')).toEqual({ from: 100, to: Infinity });
		expect(parseAgeRange('65 år')).toEqual({ from: 65, to: 65 });
		expect(parseAgeRange('tot')).toBeNull();
		expect(parseAgeRange('24-20')).toBeNull();
		expect(parseAgeRange('okänd')).toBeNull();
	});
});

describe('populationByBand', () => {
	it('sums five-year codes into bands, splitting 15-19 by years and reporting every code it did not use', () => {
		const r = bandsOf(
			ageTable({
				tot: 99999,
				'10-14': 500,
				'15-19': 1000,
				'20-24': 1200,
				'25-29': 900,
				'40-44': 800,
				'45-49': 700,
				'60-64': 600,
				'65-69': 400,
				'100+': 10,
				okänd: 5
			})
		);
		// 15-19 → four of its five years (16–19) are in 16-24: 1000 × 4/5 = 800; 15-year-olds are outside.
		expect(r.population['16-24']).toBeCloseTo(2000, 9);
		expect(r.population).toMatchObject({ '25-44': 1700, '45-64': 1300, '65+': 410 });
		expect(r.outside).toBeCloseTo(500 + 200, 9);
		expect(r.split).toEqual([{ code: '15-19', label: '15-19 år', shares: { '16-24': 0.8 } }]);
		expect(r.ignored).toEqual([
			{ code: 'tot', label: 'tot år', reason: 'total' },
			{ code: '10-14', label: '10-14 år', reason: 'outside-bands' },
			{ code: 'okänd', label: 'okänd år', reason: 'unknown' }
		]);
		expect(r.missing).toEqual([]);
	});

	it('splits a code that spans two bands in proportion to the years in each', () => {
		const r = bandsOf(ageTable({ '20-29': 1000, '30-49': 2000 }), ['16-24', '25-44', '45-64']);
		// 20-29: 5 years in 16-24, 5 in 25-44. 30-49: 15 years in 25-44, 5 in 45-64.
		expect(r.population).toEqual({ '16-24': 500, '25-44': 500 + 1500, '45-64': 500 });
		expect(r.split).toEqual([
			{ code: '20-29', label: '20-29 år', shares: { '16-24': 0.5, '25-44': 0.5 } },
			{ code: '30-49', label: '30-49 år', shares: { '25-44': 0.75, '45-64': 0.25 } }
		]);
	});

	it('sums one-year codes exactly, and an open code into the open band', () => {
		const counts: Record<string, number> = { tot: 1 };
		for (let age = 15; age <= 25; age++) counts[String(age)] = 100 + age;
		const r = bandsOf(ageTable({ ...counts, '64': 7, '65': 3, '100+': 2 }));
		expect(r.population).toEqual({
			'16-24': 116 + 117 + 118 + 119 + 120 + 121 + 122 + 123 + 124,
			'25-44': 125,
			'45-64': 7,
			'65+': 5
		});
		expect(r.split).toEqual([]);
		expect(r.outside).toBe(115);
	});

	it('reports ".." cells in band codes as missing instead of counting them as 0 silently', () => {
		const r = bandsOf(ageTable({ '10-14': null, '20-24': 50, '25-29': null }));
		expect(r.population['25-44']).toBe(0);
		expect(r.missing).toEqual(['25-29']);
	});

	it('refuses an open code that starts inside a closed band, since its years cannot be counted', () => {
		const r = bandsOf(ageTable({ '45-59': 300, '60+': 900 }));
		expect(r.population).toEqual({ '16-24': 0, '25-44': 0, '45-64': 300, '65+': 0 });
		expect(r.ignored).toEqual([{ code: '60+', label: '60+ år', reason: 'open-range-straddles' }]);
	});

	it('gives typed errors for overlapping codes, bad bands and unknown dimensions', () => {
		const t = ageTable({ '20-24': 10, '20': 2 }); // integer-like keys come first: values are ["20", "20-24"]
		expect(populationByBand(t, { ageDimension: 'Alder' })).toEqual({
			ok: false,
			error: {
				code: 'overlapping-age-codes',
				message: 'Age codes "20" and "20-24" cover the same years; filter the table to one age classification.'
			}
		});
		const ok = ageTable({ '20-24': 10 });
		const code = (r: ReturnType<typeof populationByBand>) => (r.ok ? 'ok' : r.error.code);
		expect(code(populationByBand(ok, { ageDimension: 'Alder', bands: ['16-24', '20-30'] }))).toBe('bad-band');
		expect(code(populationByBand(ok, { ageDimension: 'Alder', bands: ['unga'] }))).toBe('bad-band');
		expect(code(populationByBand(ok, { ageDimension: 'Age' }))).toBe('unknown-dimension');
		expect(code(populationByBand(ok, { ageDimension: 'Alder', filters: { Alder: '99' } }))).toBe('unknown-value');
	});
});
