import { describe, expect, it } from 'vitest';
import { findPersonalData, isLuhnValid, redactPersonalData } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((m) => m.kind);

describe('findPersonalData: phone numbers', () => {
	it.each([
		['Ring mig på 070-123 45 67 efter fem', 'Ring mig på [borttaget] efter fem'],
		['Mitt nummer är 0701234567.', 'Mitt nummer är [borttaget].'],
		['Nå mig på +46 70 123 45 67', 'Nå mig på [borttaget]'],
		['Växeln: 08-123 456 78', 'Växeln: [borttaget]'],
		['tel 0046701234567', 'tel [borttaget]'],
		['Kundtjänst 0647-161 00', 'Kundtjänst [borttaget]'],
		['Ring 08-12 34 56 i morgon', 'Ring [borttaget] i morgon']
	])('redacts %s', (text, expected) => {
		expect(redactPersonalData(text)).toBe(expected);
		expect(kinds(text)).toContain('phone');
	});

	it.each([
		'Mötet är 2024-05-12 kl 18',
		'Den 01-02-2023 hände det',
		'Det kostar 1 500 000 kr',
		'Budgeten är 0,5 miljoner',
		'Postnummer 123 45 Lillby',
		'Öppet 0800-1700 på vardagar',
		'Bussen går 06.40 och 16.15',
		'Klockan 07:30 öppnar vi',
		'Vi var 120 personer 2016',
		'Organisationsnummer 556123-4567',
		'Sträckan är 14 km och tar 25 min'
	])('leaves %s alone', (text) => {
		expect(findPersonalData(text)).toEqual([]);
		expect(redactPersonalData(text)).toBe(text);
	});
});

describe('findPersonalData: e-mail and personnummer', () => {
	it('finds e-mail addresses', () => {
		expect(redactPersonalData('Mejla anna.svensson@example.se så svarar jag')).toBe('Mejla [borttaget] så svarar jag');
	});

	it('finds personnummer and samordningsnummer that pass the Luhn check', () => {
		expect(kinds('Mitt personnummer är 811218-9876')).toEqual(['personnummer']);
		expect(kinds('pnr 198112189876')).toEqual(['personnummer']);
		expect(kinds('samordningsnummer 701063-2391')).toEqual(['personnummer']);
		expect(redactPersonalData('811218-9876 bor här')).toBe('[borttaget] bor här');
	});

	it('ignores numbers shaped like personnummer that fail the Luhn check or the date', () => {
		expect(findPersonalData('Ärende 811218-9875')).toEqual([]);
		expect(findPersonalData('Ärende 811318-9876')).toEqual([]);
		expect(isLuhnValid('8112189876')).toBe(true);
		expect(isLuhnValid('8112189875')).toBe(false);
	});
});

describe('findPersonalData: names after cues', () => {
	it.each([
		['Jag heter Karin Lindqvist och bor i Lillby', 'Jag heter [borttaget] och bor i Lillby'],
		['Min granne Ahmed hjälper mig med snön', 'Min granne [borttaget] hjälper mig med snön'],
		['Kontakta Bengt om bygdegården', 'Kontakta [borttaget] om bygdegården'],
		['Ring Marianne på 070-174 06 42 hon vet', 'Ring [borttaget] på [borttaget] hon vet'],
		['Mvh Sara', 'Mvh [borttaget]']
	])('redacts %s', (text, expected) => {
		expect(redactPersonalData(text)).toBe(expected);
	});

	it('does not treat institutions or lowercase words after a cue as names', () => {
		expect(findPersonalData('Ring Polisen om det händer igen')).toEqual([]);
		expect(findPersonalData('Fråga kommunen varför')).toEqual([]);
		expect(findPersonalData('Bygdegården i Lillby behöver renoveras')).toEqual([]);
	});

	it('returns positions that cover the match', () => {
		const text = 'Jag heter Omar.';
		const [m] = findPersonalData(text);
		expect(text.slice(m.start, m.end)).toBe('Omar');
	});
});
