import { describe, expect, it } from 'vitest';
import { drawIndex, drawPanel, parseCsv, parseFeaturesCsv, parsePoolCsv, seededUniform, sha256Hex } from './index';
import { normaliseFeatures } from './verification';

describe('SHA-256', () => {
	it('matches the FIPS 180-4 test vectors', () => {
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
		expect(sha256Hex('å'.repeat(100))).toHaveLength(64);
	});
});

describe('the public draw', () => {
	const lottery = [
		{ probability: 0.25, panel: ['a', 'b'] },
		{ probability: 0.75, panel: ['c', 'd'] }
	];

	it('is a documented function of the seed: SHA-256("medskapa-draw:" + seed + ":0"), first 6 bytes / 2^48', () => {
		const hex = sha256Hex('medskapa-draw:2026-11-22 Lotto 3 14 22:0');
		expect(seededUniform('2026-11-22 Lotto 3 14 22')).toBe(parseInt(hex.slice(0, 12), 16) / 2 ** 48);
	});

	it('gives the same panel for the same seed, and follows the probabilities over many seeds', () => {
		expect(drawPanel(lottery, '12345')).toEqual(drawPanel(lottery, '12345'));
		let first = 0;
		for (let s = 0; s < 4000; s++) if (drawIndex([0.25, 0.75], String(s)) === 0) first++;
		expect(first / 4000).toBeGreaterThan(0.22);
		expect(first / 4000).toBeLessThan(0.28);
	});

	it('never draws a panel of probability 0', () => {
		for (let s = 0; s < 200; s++) expect(drawIndex([0, 1, 0], String(s))).toBe(1);
	});
});

describe('reading quota and pool files', () => {
	it('accepts both quota layouts and ignores extra columns', () => {
		const a = parseFeaturesCsv('feature,value,min,max,min_flex,max_flex\nGender,Female,1,2,0,2\n');
		const b = parseFeaturesCsv('category,name,suggest min,suggest max,Current #,min,max\ngender,female,,,,1,2\n');
		expect(a.ok && b.ok).toBe(true);
		if (a.ok && b.ok) expect(normaliseFeatures(a.value)).toBe(normaliseFeatures(b.value));
	});

	it('explains bad quota files line by line', () => {
		const r = parseFeaturesCsv('feature,value,min,max\ng,a,3,2\ng,b,x,2\ng,a,1,1\n');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors[0]).toMatch(/Line 2: g=a has min 3 above max 2/);
			expect(r.errors[1]).toMatch(/Line 3: min and max must be whole numbers/);
		}
		expect(parseFeaturesCsv('a,b\n1,2\n').ok).toBe(false);
	});

	it('detects the id column, or falls back to row numbers', () => {
		const features = parseFeaturesCsv('feature,value,min,max\ngender,f,0,1\ngender,m,0,1\n');
		if (!features.ok) throw new Error('bad');
		const named = parsePoolCsv('first_name,member_id,Gender\nAnna,x1,F\nAnna,x2,m\n', features.value);
		expect(named.ok && named.value.people.map((p) => p.id)).toEqual(['x1', 'x2']);
		const none = parsePoolCsv('gender\nf\nm\n', features.value);
		expect(none.ok && none.value.people.map((p) => p.id)).toEqual(['0', '1']);
		const missing = parsePoolCsv('age\n1\n', features.value);
		expect(!missing.ok && missing.errors[0]).toMatch(/no column for: gender/);
		const repeated = parsePoolCsv('id,gender\n1,f\n1,m\n', features.value, { idColumn: 'id' });
		expect(!repeated.ok && repeated.errors[0]).toMatch(/empty or repeated/);
	});

	it('reads quoted fields, CRLF and a byte-order mark', () => {
		expect(parseCsv('\ufeffa,"b, c"\r\n"say ""hi""",d\r\n\r\n')).toEqual([
			['a', 'b, c'],
			['say "hi"', 'd']
		]);
	});
});
