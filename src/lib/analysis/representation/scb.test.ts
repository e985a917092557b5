import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonStat2, parsePxWebV1, populationBy, populationByBand, type ScbTable } from './scb';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(shared, 'data/scb', name), 'utf8'));
const v1 = fixture('scb_v1_json_BefolkningNy_SYNTHETIC.json');
const v2 = fixture('scb_v2_jsonstat2_FolkmDesoAldKon_SYNTHETIC.json');

const table = (r: { ok: true; value: ScbTable } | { ok: false; error: unknown }): ScbTable => {
	if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
	return r.value;
};
const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('parsePxWebV1', () => {
	it('reads the v1 fixture into dimensions and rows, with contents as a dimension and ".." as null', () => {
		const t = table(parsePxWebV1(v1));
		expect(t.dimensions.map((d) => [d.code, d.label, d.values.map((v) => v.code)])).toEqual([
			['Region', 'region', ['1280']],
			['Alder', 'ålder', ['20-24', '65-69']],
			['Kon', 'kön', ['1', '2']],
			['Tid', 'år', ['2024']],
			['ContentsCode', 'ContentsCode', ['BE0101N1']]
		]);
		expect(t.dimensions[4].values).toEqual([{ code: 'BE0101N1', label: 'Folkmängd' }]);
		expect(t.rows).toEqual([
			{ key: { Region: '1280', Alder: '20-24', Kon: '1', Tid: '2024', ContentsCode: 'BE0101N1' }, value: 12345 },
			{ key: { Region: '1280', Alder: '20-24', Kon: '2', Tid: '2024', ContentsCode: 'BE0101N1' }, value: 12001 },
			{ key: { Region: '1280', Alder: '65-69', Kon: '1', Tid: '2024', ContentsCode: 'BE0101N1' }, value: 7000 },
			{ key: { Region: '1280', Alder: '65-69', Kon: '2', Tid: '2024', ContentsCode: 'BE0101N1' }, value: null }
		]);
	});

	it('takes value labels and order from the table metadata when given', () => {
		const meta = {
			title: 'x',
			variables: [{ code: 'Kon', text: 'kön', values: ['2', '1'], valueTexts: ['kvinnor', 'män'] }]
		};
		const kon = table(parsePxWebV1(v1, meta)).dimensions.find((d) => d.code === 'Kon');
		expect(kon?.values).toEqual([
			{ code: '2', label: 'kvinnor' },
			{ code: '1', label: 'män' }
		]);
	});

	it('gives typed errors for malformed responses', () => {
		const cols = [
			{ code: 'Alder', text: 'ålder', type: 'd' },
			{ code: 'N', text: 'n', type: 'c' }
		];
		expect(errorCode(parsePxWebV1('nope'))).toBe('not-an-object');
		expect(errorCode(parsePxWebV1({ data: [] }))).toBe('missing-field');
		expect(errorCode(parsePxWebV1({ columns: [{ code: 'A', type: 'd' }], data: [] }))).toBe('bad-field');
		expect(errorCode(parsePxWebV1({ columns: cols }))).toBe('missing-field');
		expect(errorCode(parsePxWebV1({ columns: cols, data: [{ key: ['1', '2'], values: ['3'] }] }))).toBe(
			'size-mismatch'
		);
		expect(errorCode(parsePxWebV1({ columns: cols, data: [{ key: ['20-24'], values: ['12 345'] }] }))).toBe(
			'bad-value'
		);
		const r = parsePxWebV1({ columns: cols, data: [{ key: ['20-24'], values: ['abc'] }] });
		expect(r).toEqual({
			ok: false,
			error: {
				code: 'bad-value',
				message: 'PxWeb v1: data row 0 has the value "abc", which is neither a number nor an SCB symbol.'
			}
		});
	});

	it('reads every SCB missing-figure symbol as null, never as 0', () => {
		const cols = [
			{ code: 'Alder', text: 'ålder', type: 'd' },
			{ code: 'N', text: 'n', type: 'c' }
		];
		const data = ['..', '.', '...', '…', '-', '', '42'].map((v, i) => ({ key: [String(i)], values: [v] }));
		expect(table(parsePxWebV1({ columns: cols, data })).rows.map((r) => r.value)).toEqual([
			null,
			null,
			null,
			null,
			null,
			null,
			42
		]);
	});
});

describe('parseJsonStat2', () => {
	it('reads the v2 fixture row-major, labels from the metadata', () => {
		const t = table(parseJsonStat2(v2));
		expect(t.dimensions.map((d) => d.code)).toEqual(['Region', 'Alder', 'Kon', 'ContentsCode', 'Tid']);
		expect(t.dimensions[1]).toEqual({
			code: 'Alder',
			label: 'ålder',
			values: [
				{ code: '20-24', label: '20-24 år' },
				{ code: '65-69', label: '65-69 år' }
			]
		});
		expect(t.dimensions[2].values.map((v) => v.label)).toEqual(['män', 'kvinnor']);
		expect(t.rows).toHaveLength(8);
		expect(t.rows[0]).toEqual({
			key: { Region: '1280C1010', Alder: '20-24', Kon: '1', ContentsCode: '000007Y7', Tid: '2024' },
			value: 61
		});
		expect(t.rows[3].key).toMatchObject({ Region: '1280C1010', Alder: '65-69', Kon: '2' });
		expect(t.rows[3].value).toBe(47);
		expect(t.rows[6]).toMatchObject({ key: { Region: '1280C1020', Alder: '65-69', Kon: '1' }, value: 31 });
	});

	it('turns null and ".." values into null and reads sparse value objects', () => {
		const base = v2 as Record<string, unknown>;
		const dense = table(parseJsonStat2({ ...base, value: [61, null, '..', 47, 70, 66, 31, 35] }));
		expect(dense.rows.map((r) => r.value)).toEqual([61, null, null, 47, 70, 66, 31, 35]);
		const sparse = table(parseJsonStat2({ ...base, value: { '0': 5, '7': 9 } }));
		expect(sparse.rows.map((r) => r.value)).toEqual([5, null, null, null, null, null, null, 9]);
	});

	it('gives typed errors for malformed datasets', () => {
		const base = v2 as Record<string, unknown>;
		expect(errorCode(parseJsonStat2(null))).toBe('not-an-object');
		expect(errorCode(parseJsonStat2({ ...base, class: 'collection' }))).toBe('bad-field');
		expect(errorCode(parseJsonStat2({ ...base, size: [2, 2, 2, 1] }))).toBe('size-mismatch');
		expect(errorCode(parseJsonStat2({ ...base, value: [1, 2, 3] }))).toBe('size-mismatch');
		expect(errorCode(parseJsonStat2({ ...base, value: { '8': 1 } }))).toBe('bad-field');
		expect(errorCode(parseJsonStat2({ ...base, value: [1, 2, 3, 4, 5, 6, 7, 'x'] }))).toBe('bad-value');
		expect(errorCode(parseJsonStat2({ ...base, size: [3, 2, 2, 1, 1], value: new Array(12).fill(1) }))).toBe(
			'size-mismatch'
		);
		const { dimension, ...noDimension } = base;
		expect(dimension).toBeDefined();
		expect(errorCode(parseJsonStat2(noDimension))).toBe('missing-field');
	});
});

describe('population from the fixtures', () => {
	it('sums the v1 fixture into age bands and reports the ".." cell and the summed dimension', () => {
		const r = populationByBand(table(parsePxWebV1(v1)), { ageDimension: 'Alder' });
		expect(r).toEqual({
			ok: true,
			value: {
				population: { '16-24': 24346, '25-44': 0, '45-64': 0, '65+': 7000 },
				split: [],
				ignored: [],
				outside: 0,
				missing: ['65-69'],
				summedOver: ['Kon']
			}
		});
	});

	it('sums the v2 fixture over areas and sexes, or for one area with a filter', () => {
		const t = table(parseJsonStat2(v2));
		const all = populationByBand(t, { ageDimension: 'Alder' });
		expect(all.ok && all.value.population).toEqual({ '16-24': 255, '25-44': 0, '45-64': 0, '65+': 153 });
		expect(all.ok && all.value.summedOver).toEqual(['Region', 'Kon']);
		const one = populationByBand(t, { ageDimension: 'Alder', filters: { Region: '1280C1010' } });
		expect(one.ok && one.value.population).toEqual({ '16-24': 119, '25-44': 0, '45-64': 0, '65+': 87 });
	});

	it('gathers DeSO areas into process areas with populationBy', () => {
		const t = table(parseJsonStat2(v2));
		expect(populationBy(t, 'Region')).toEqual({
			ok: true,
			value: {
				population: { '1280C1010': 206, '1280C1020': 202 },
				unmapped: [],
				missing: [],
				summedOver: ['Alder', 'Kon']
			}
		});
		const grouped = populationBy(t, 'Region', { groups: { '1280C1010': 'Centrum' }, filters: { Kon: '2' } });
		expect(grouped.ok && grouped.value).toEqual({
			population: { Centrum: 105 },
			unmapped: ['1280C1020'],
			missing: [],
			summedOver: ['Alder']
		});
		expect(errorCode(populationBy(t, 'Kommun'))).toBe('unknown-dimension');
		expect(errorCode(populationBy(t, 'Region', { filters: { Kon: '3' } }))).toBe('unknown-value');
		expect(errorCode(populationBy(t, 'Region', { filters: { Sex: '1' } }))).toBe('unknown-dimension');
	});
});
