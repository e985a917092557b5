import { describe, expect, it } from 'vitest';
import { isStopWord } from './stop-words';
import { toLexemes, tokenize } from './tokenize';

describe('tokenize', () => {
	it('lowercases, keeps å ä ö and drops punctuation, numbers and URLs', () => {
		expect(tokenize('Öppna Bygdegården 18.00! Se https://solbacka.example.se/x och www.example.com.')).toEqual([
			'öppna',
			'bygdegården',
			'se',
			'och'
		]);
	});

	it('drops e-mail addresses', () => {
		expect(tokenize('Mejla anna@example.se om padel')).toEqual(['mejla', 'om', 'padel']);
	});

	it('keeps words in other scripts as tokens', () => {
		expect(tokenize('مكان نلتقي فيه')).toHaveLength(3);
	});
});

describe('stop words', () => {
	it('cover standard and informal Swedish function words', () => {
		for (const w of ['och', 'inte', 'int', 'hä', 'dä', 'å', 'mä', 'nåt', 'nånting', 'dom', 'dem', 'mej', 'dej']) {
			expect(isStopWord(w), w).toBe(true);
		}
		expect(isStopWord('simhall')).toBe(false);
	});
});

describe('toLexemes', () => {
	it('returns stems of content words with their written form', () => {
		expect(toLexemes('Int hä simhallen igen, mä alla barnen')).toEqual([
			{ lexeme: 'simhall', surface: 'simhallen' },
			{ lexeme: 'barn', surface: 'barnen' }
		]);
	});
});
