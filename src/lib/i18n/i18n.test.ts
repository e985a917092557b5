import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatDate, translator } from './index';
import { sv } from './sv';

describe('messages', () => {
	it('English has exactly the Swedish keys, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
		for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const key of Object.keys(sv) as (keyof typeof sv)[])
			expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
	});

	it('error messages say what to do and end with a full stop (UX rule)', () => {
		for (const [key, value] of Object.entries(sv)) {
			if (key.startsWith('error.') && key !== 'error.prefix') expect(value, key).toMatch(/\.$/);
			expect(value.toLowerCase(), key).not.toMatch(/vänligen|tyvärr|ogiltig/);
		}
	});

	it('interpolates parameters', () => {
		expect(translator('sv')('home.title', { organisation: 'Solbacka kommun' })).toBe('Dialoger i Solbacka kommun');
		expect(translator('en')('manageProcess.advance', { phase: 'Decision' })).toBe('Move on to Decision');
	});

	it('formats dates in Swedish and English', () => {
		expect(formatDate('sv', '2027-03-15')).toBe('15 mars 2027');
		expect(formatDate('en', '2027-03-15')).toBe('15 March 2027');
	});
});
