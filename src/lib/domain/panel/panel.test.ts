import { describe, expect, it } from 'vitest';
import {
	drawWithSeed,
	groupChances,
	inputsFingerprint,
	meetsQuotas,
	nextReserve,
	orderReserves,
	rerunDraw,
	verificationFile,
	type ComputedLottery,
	type DrawInputs
} from './draw';
import {
	featureTemplate,
	keyFromLabel,
	matchValue,
	parseCustomFeatures,
	quotaProblems,
	quotasFromPopulation,
	readQuotas
} from './panel';
import { parseDelimited, readVolunteerRows, volunteerCode } from './volunteers';

const age = featureTemplate('alder', []);
const gender = featureTemplate('kon', []);
const features = [age, gender];

describe('features and quotas', () => {
	it('makes keys from Swedish labels and matches answers by key or label in any case', () => {
		expect(keyFromLabel('Norra Lillby')).toBe('norra-lillby');
		expect(keyFromLabel('Landsbygden runt Åby')).toBe('landsbygden-runt-aby');
		expect(matchValue(gender, ' KVINNA ')?.key).toBe('kvinna');
		expect(matchValue(age, '65 år eller äldre')?.key).toBe('65+');
		expect(matchValue(age, '12-15')).toBeUndefined();
	});

	it('reads own questions and names the lines it cannot read', () => {
		expect(parseCustomFeatures('Sysselsättning: arbetar, studerar, pensionär\n\nfel rad\nBil: ja')).toEqual({
			features: [
				expect.objectContaining({
					key: 'sysselsattning',
					values: [
						{ key: 'arbetar', label: 'arbetar' },
						{ key: 'studerar', label: 'studerar' },
						{ key: 'pensionar', label: 'pensionär' }
					]
				})
			],
			badLines: [3, 4]
		});
	});

	it('prefills quotas proportionally to the population (±1 seat), and leaves features without statistics open', () => {
		const quotas = quotasFromPopulation(
			features,
			{ ageBand: { '16-24': 168, '25-44': 301, '45-64': 362, '65+': 369 } },
			16
		);
		expect(quotas.filter((q) => q.feature === 'alder').map((q) => [q.value, q.min, q.max])).toEqual([
			['16-24', 1, 3],
			['25-44', 3, 5],
			['45-64', 4, 6],
			['65+', 4, 6]
		]);
		expect(quotas.filter((q) => q.feature === 'kon').every((q) => q.min === 0 && q.max === 16)).toBe(true);
		expect(quotasFromPopulation(features, {}, 10).every((q) => q.min === 0 && q.max === 10)).toBe(true);
	});

	it('reads the quota form: whole numbers from 0 to k, and min not above max', () => {
		const raw = {
			quota: {
				alder: {
					'16-24': { min: '1', max: '3' },
					'25-44': { min: 'x', max: '2' },
					'45-64': { min: '5', max: '4' },
					'65+': { min: '0', max: '11' }
				}
			}
		};
		const { errors } = readQuotas([age], 10, raw);
		expect(errors).toEqual([
			{ field: 'quota-alder-25-44-min', message: 'error.panel.quota.number' },
			{ field: 'quota-alder-45-64-max', message: 'error.panel.quota.order' },
			{ field: 'quota-alder-65+-max', message: 'error.panel.quota.number' }
		]);
	});

	it('explains quotas that cannot be met with plain arithmetic', () => {
		const quotas = [
			{ feature: 'kon', value: 'kvinna', min: 3, max: 4 },
			{ feature: 'kon', value: 'man', min: 3, max: 4 },
			{ feature: 'kon', value: 'annat', min: 0, max: 0 }
		];
		const pool = [...Array(2)]
			.map(() => ({ values: { kon: 'kvinna' } }))
			.concat([...Array(5)].map(() => ({ values: { kon: 'man' } })));
		expect(quotaProblems([gender], quotas, 10, pool)).toEqual([
			{ code: 'poolTooSmall', available: 7, k: 10 },
			{ code: 'maxSum', feature: 'Kön', sum: 8, k: 10 },
			{ code: 'tooFew', feature: 'Kön', value: 'Kvinna', available: 2, min: 3 }
		]);
	});
});

describe('volunteer files', () => {
	const header = ['Namn', 'E-post', 'Telefon', 'Åldersgrupp', 'Kön'];

	it('reads semicolon CSV with quotes and a byte order mark', () => {
		expect(parseDelimited('\ufeffnamn;e-post\r\n"Berg; Anna";anna@x.example\r\n\r\n')).toEqual([
			['namn', 'e-post'],
			['Berg; Anna', 'anna@x.example']
		]);
		expect(parseDelimited('a,b\n"x ""y""",z')).toEqual([
			['a', 'b'],
			['x "y"', 'z']
		]);
	});

	it('accepts a file when every row is right, matching answers by label or key', () => {
		const result = readVolunteerRows(
			[
				header,
				['Anna Berg', 'anna@x.example', '', '25–44 år', 'kvinna'],
				['Ali Omar', 'ali@x.example', '070-123 45 67', '65+', 'Man']
			],
			features,
			new Set()
		);
		expect(result).toEqual({
			ok: true,
			volunteers: [
				{
					name: 'Anna Berg',
					email: 'anna@x.example',
					phone: null,
					address: null,
					values: { alder: '25-44', kon: 'kvinna' }
				},
				{
					name: 'Ali Omar',
					email: 'ali@x.example',
					phone: '070-123 45 67',
					address: null,
					values: { alder: '65+', kon: 'man' }
				}
			]
		});
	});

	it('names every wrong row (numbered as in the spreadsheet) and returns nobody', () => {
		const result = readVolunteerRows(
			[
				header,
				['Anna', 'anna@x.example', '', '16-24', 'kvinna'],
				['', 'inte-en-adress', 'ring', '12-15', 'kvinna'],
				['Bo', 'ANNA@x.example', '', '16-24', 'man'],
				['Cia', 'old@x.example', '', '16-24', 'man']
			],
			features,
			new Set(['old@x.example'])
		);
		expect(result).toEqual({
			ok: false,
			errors: [
				{ row: 3, code: 'name' },
				{ row: 3, code: 'email', value: 'inte-en-adress' },
				{ row: 3, code: 'phone', value: 'ring' },
				{
					row: 3,
					code: 'value',
					column: 'Åldersgrupp',
					value: '12-15',
					allowed: '16–24 år, 25–44 år, 45–64 år, 65 år eller äldre'
				},
				{ row: 4, code: 'duplicate', value: 'ANNA@x.example' },
				{ row: 5, code: 'duplicate', value: 'old@x.example' }
			]
		});
	});

	it('names missing columns', () => {
		expect(
			readVolunteerRows(
				[
					['namn', 'kön'],
					['Anna', 'kvinna']
				],
				features,
				new Set()
			)
		).toEqual({
			ok: false,
			errors: [
				{ row: 1, code: 'missingColumn', column: 'e-post' },
				{ row: 1, code: 'missingColumn', column: 'Åldersgrupp' }
			]
		});
		expect(volunteerCode(7)).toBe('V-0007');
	});
});

describe('the draw', () => {
	const pool = ['16-24', '16-24', '25-44', '25-44', '45-64', '65+'].map((band, i) => ({
		code: volunteerCode(i + 1),
		values: { alder: band, kon: i % 2 ? 'man' : 'kvinna' },
		household: null
	}));
	const inputs: DrawInputs = { features, quotas: [], k: 2, reserves: 3, householdCheck: false, pool };
	const lottery: ComputedLottery = {
		isOptimal: true,
		lottery: [
			{ probability: 0.5, panel: ['V-0001', 'V-0002'] },
			{ probability: 0.5, panel: ['V-0003', 'V-0004'] }
		],
		probabilities: { 'V-0001': 0.5, 'V-0002': 0.5, 'V-0003': 0.5, 'V-0004': 0.5 },
		stats: { min: 0, gini: 0, geometricMean: 0, upperBound: null },
		neverSelectable: [{ code: 'V-0005', reason: 'noPanel' }]
	};

	it('draws the same panel and reserves from the same seed, and anyone can re-run it from the verification file', () => {
		const a = drawWithSeed(inputs, lottery, 'lotto 3 14 22');
		expect(drawWithSeed(inputs, lottery, 'lotto 3 14 22')).toEqual(a);
		expect(a.selected).toHaveLength(2);
		// Reserves: the other selectable volunteers only, never someone who can never be selected.
		expect(a.reserves).toHaveLength(2);
		expect(a.reserves).not.toContain('V-0005');
		expect([...a.selected, ...a.reserves].sort()).toEqual(['V-0001', 'V-0002', 'V-0003', 'V-0004']);
		const file = verificationFile({ process: 'p', panel: 'Panel', drawnAt: new Date(0), inputs, lottery, outcome: a });
		expect(rerunDraw(file)).toEqual({ drawnIndex: file.drawnIndex, selected: a.selected, reserves: a.reserves });
		// Pseudonymous codes and hashes only: nobody's answers are in the file.
		expect(JSON.stringify(file)).not.toMatch(/"values"|"household"|"pool"/);
		const seeds = ['1', '2', '3', '4', '5', '6', '7', '8'].map((s) => drawWithSeed(inputs, lottery, s).selected[0]);
		expect(new Set(seeds).size).toBe(2);
	});

	it('orders reserves by SHA-256 of the seed and code, independent of the order given', () => {
		expect(orderReserves(['a', 'b', 'c', 'd'], 's', 4)).toEqual(orderReserves(['d', 'c', 'b', 'a'], 's', 4));
		expect(orderReserves(['a', 'b', 'c', 'd'], 's', 2)).toHaveLength(2);
	});

	it('fingerprints the inputs: a changed quota or pool gives another fingerprint', () => {
		const base = inputsFingerprint(inputs);
		expect(inputsFingerprint({ ...inputs, quotas: [{ feature: 'kon', value: 'man', min: 1, max: 1 }] })).not.toBe(base);
		expect(inputsFingerprint({ ...inputs, pool: pool.slice(1) })).not.toBe(base);
		expect(inputsFingerprint({ ...inputs })).toBe(base);
	});

	it('after a decline picks the first reserve with whom the quotas still hold', () => {
		const quotas = [
			{ feature: 'kon', value: 'kvinna', min: 1, max: 1 },
			{ feature: 'kon', value: 'man', min: 1, max: 1 }
		];
		const staying = [{ alder: '16-24', kon: 'man' }];
		const reserves = [
			{ code: 'R1', values: { alder: '25-44', kon: 'man' } },
			{ code: 'R2', values: { alder: '45-64', kon: 'kvinna' } },
			{ code: 'R3', values: { alder: '65+', kon: 'kvinna' } }
		];
		expect(meetsQuotas([gender], quotas, 2, [...staying, reserves[1].values])).toBe(true);
		expect(nextReserve([gender], quotas, 2, staying, reserves, new Set())).toEqual({ code: 'R2', keepsQuotas: true });
		expect(nextReserve([gender], quotas, 2, staying, reserves, new Set(['R2']))).toEqual({
			code: 'R3',
			keepsQuotas: true
		});
		expect(nextReserve([gender], quotas, 2, staying, reserves, new Set(['R2', 'R3']))).toEqual({
			code: 'R1',
			keepsQuotas: false
		});
		expect(nextReserve([gender], quotas, 2, staying, reserves, new Set(['R1', 'R2', 'R3']))).toBeNull();
	});

	it('gives chances per group, never per person', () => {
		const chances = groupChances([gender], pool, lottery.probabilities);
		expect(chances).toEqual([
			{ feature: 'kon', value: 'kvinna', volunteers: 3, min: 0, mean: 1 / 3 },
			{ feature: 'kon', value: 'man', volunteers: 3, min: 0, mean: 1 / 3 },
			{ feature: 'kon', value: 'annat', volunteers: 0, min: 0, mean: 0 }
		]);
	});
});
