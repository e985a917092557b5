import { describe, expect, it } from 'vitest';
import { compareRepresentation, NOT_STATED } from './compare';
import { formatInteger, formatShare, formatSharePair } from './format';
import { gapSentences, notStatedSentence } from './gap-sentences';

const POPULATION = { '16-24': 1400, '25-44': 2600, '45-64': 3000, '65+': 3000 };
const SV = {
	'16-24': 'Unga 16–24 år',
	'25-44': 'Personer 25–44 år',
	'45-64': 'Personer 45–64 år',
	'65+': 'Personer 65 år och äldre'
};
const EN = {
	'16-24': 'Young people aged 16–24',
	'25-44': 'People aged 25–44',
	'45-64': 'People aged 45–64',
	'65+': 'People aged 65 and over'
};

describe('formatShare and friends (rounding rules)', () => {
	it('rounds to whole percent, half up, with Swedish and English typography', () => {
		expect(formatShare(0.14, 'sv')).toBe('14 %');
		expect(formatShare(0.14, 'en')).toBe('14%');
		expect(formatShare(0.145, 'sv')).toBe('15 %'); // 14.499999… in floating point
		expect(formatShare(0.1449, 'sv')).toBe('14 %');
		expect(formatShare(0, 'sv')).toBe('0 %');
		expect(formatShare(1, 'en')).toBe('100%');
	});

	it('never rounds a few to none or most to all', () => {
		expect(formatShare(0.004, 'sv')).toBe('under 1 %');
		expect(formatShare(0.004, 'en')).toBe('less than 1%');
		expect(formatShare(0.9996, 'sv')).toBe('över 99 %');
		expect(formatShare(0.9996, 'en')).toBe('more than 99%');
	});

	it('adds one decimal when both shares of a sentence would round alike', () => {
		expect(formatSharePair(0.014, 0.006, 'sv')).toEqual(['1,4 %', '0,6 %']);
		expect(formatSharePair(0.014, 0.006, 'en')).toEqual(['1.4%', '0.6%']);
		expect(formatSharePair(0.14, 0.03, 'sv')).toEqual(['14 %', '3 %']);
	});

	it('groups thousands: Swedish from five digits with a space, English from four with a comma', () => {
		expect(formatInteger(1234, 'sv')).toBe('1234');
		expect(formatInteger(12345, 'sv')).toBe('12 345');
		expect(formatInteger(1234, 'en')).toBe('1,234');
	});
});

describe('gapSentences', () => {
	const shown = compareRepresentation({
		population: POPULATION,
		heard: { '16-24': 6, '25-44': 50, '45-64': 68, '65+': 76, [NOT_STATED]: 20 }
	});

	it('names the biggest gaps first, in plain Swedish and English, leaving balanced groups out', () => {
		expect(gapSentences(shown, { locale: 'sv', labels: SV })).toEqual([
			'Unga 16–24 år är 14 % av invånarna men 3 % av perspektiven.',
			'Personer 65 år och äldre är 30 % av invånarna men 38 % av perspektiven.'
		]);
		expect(gapSentences(shown, { locale: 'en', labels: EN })).toEqual([
			'Young people aged 16–24 are 14% of residents but 3% of perspectives.',
			'People aged 65 and over are 30% of residents but 38% of perspectives.'
		]);
		expect(gapSentences(shown, { locale: 'sv', labels: SV, limit: 1 })).toHaveLength(1);
		expect(gapSentences(shown, { locale: 'sv', labels: {} })[0]).toBe(
			'16-24 är 14 % av invånarna men 3 % av perspektiven.'
		);
	});

	it('says "färre än 5 perspektiv" for a withheld group and never its share', () => {
		const c = compareRepresentation({
			population: POPULATION,
			heard: { '16-24': 3, '25-44': 40, '45-64': 60, '65+': 70 }
		});
		const sv = gapSentences(c, { locale: 'sv', labels: SV });
		expect(sv).toEqual([
			'Unga 16–24 år är 14 % av invånarna men står för färre än 5 perspektiv.',
			'Personer 65 år och äldre är 30 % av invånarna men 40 % av perspektiven.'
		]);
		// 3 of 173 is 1.7 %; 40 of 173 (the complementary group) is 23 %: neither may appear.
		expect(sv.join(' ')).not.toMatch(/\b(2|1,7) %|23 %|25–44/);
		expect(gapSentences(c, { locale: 'en', labels: EN })[0]).toBe(
			'Young people aged 16–24 are 14% of residents but account for fewer than 5 perspectives.'
		);
	});

	it('uses one decimal when whole percentages would hide the gap', () => {
		const c = compareRepresentation({ population: { a: 14, b: 986 }, heard: { a: 6, b: 994 } });
		expect(gapSentences(c, { locale: 'sv', labels: { a: 'Unga 16–24 år' } })).toEqual([
			'Unga 16–24 år är 1,4 % av invånarna men 0,6 % av perspektiven.'
		]);
	});

	it('says nothing when the whole dimension is too small to show', () => {
		const c = compareRepresentation({ population: POPULATION, heard: { '16-24': 1, '65+': 2 } });
		expect(gapSentences(c, { locale: 'sv', labels: SV })).toEqual([]);
		expect(notStatedSentence(c, { locale: 'sv', dimensionLabel: 'ålder' })).toBeNull();
	});
});

describe('notStatedSentence', () => {
	it('says what the shares are of when some perspectives lack the self-description', () => {
		const c = compareRepresentation({
			population: POPULATION,
			heard: { '16-24': 6, '25-44': 50, '45-64': 68, '65+': 76, [NOT_STATED]: 20 }
		});
		expect(notStatedSentence(c, { locale: 'sv', dimensionLabel: 'ålder' })).toBe(
			'Andelarna räknas på de 200 perspektiv som har uppgift om ålder; 20 av 220 saknar den.'
		);
		expect(notStatedSentence(c, { locale: 'en', dimensionLabel: 'age' })).toBe(
			'Shares are of the 200 perspectives with age stated; 20 of 220 have none.'
		);
	});

	it('does not give the count away when "not stated" is withheld', () => {
		const c = compareRepresentation({
			population: POPULATION,
			heard: { '16-24': 20, '25-44': 50, '45-64': 60, '65+': 70, [NOT_STATED]: 2 }
		});
		expect(notStatedSentence(c, { locale: 'sv', dimensionLabel: 'ålder' })).toBe(
			'Andelarna räknas på alla 202 perspektiv, också de som saknar uppgift om ålder.'
		);
		expect(notStatedSentence(c, { locale: 'en', dimensionLabel: 'age' })).toBe(
			'Shares are of all 202 perspectives, including those with no age stated.'
		);
	});

	it('is null when everyone stated it', () => {
		const c = compareRepresentation({
			population: POPULATION,
			heard: { '16-24': 6, '25-44': 50, '45-64': 68, '65+': 76 }
		});
		expect(notStatedSentence(c, { locale: 'sv', dimensionLabel: 'ålder' })).toBeNull();
	});
});
