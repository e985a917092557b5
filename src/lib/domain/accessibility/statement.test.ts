import { describe, expect, it } from 'vitest';
import { isDay, normaliseReportCode, orderShortcomings, reportCodeFromBytes } from './statement';

describe('accessibility statement rules', () => {
	it('makes readable report codes and reads them back however typed', () => {
		const code = reportCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 30, 99]));
		expect(code).toMatch(/^TG-[2-9A-Z]{3}-[2-9A-Z]{4}$/);
		expect(normaliseReportCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code);
		expect(normaliseReportCode('K7-4QF-97M')).toBeNull();
		expect(() => reportCodeFromBytes(new Uint8Array(3))).toThrow();
	});

	it('knows real days', () => {
		expect(isDay('2027-02-28')).toBe(true);
		expect(isDay('2027-02-30')).toBe(false);
		expect(isDay('28/2 2027')).toBe(false);
	});

	it('lists dated shortcomings first, soonest first', () => {
		const list = [
			{ text: 'a', plan: '', fixBy: null },
			{ text: 'b', plan: '', fixBy: '2027-06-30' },
			{ text: 'c', plan: '', fixBy: '2027-01-31' }
		];
		expect(orderShortcomings(list).map((s) => s.text)).toEqual(['c', 'b', 'a']);
	});
});
