import { describe, expect, it } from 'vitest';
import { checkFormat, formatNumber, nextSequence, recordNumber, recordsToRegister, takeNumber } from './number';

describe('registration numbers', () => {
	it('formats the year and the number', () => {
		expect(formatNumber('KS {year}/{n}', 2026, 123)).toBe('KS 2026/123');
		expect(formatNumber(' BYN-{n} ', 2026, 7)).toBe('BYN-7');
		expect(recordNumber('KS 2026/123', 2)).toBe('KS 2026/123-2');
	});

	it('accepts formats with exactly one {n} and only known placeholders', () => {
		expect(checkFormat('KS {year}/{n}')).toBeNull();
		expect(checkFormat('{n}')).toBeNull();
		expect(checkFormat('')).toBe('error.registration.formatLength');
		expect(checkFormat('x'.repeat(41) + '{n}')).toBe('error.registration.formatLength');
		expect(checkFormat('KS {year}')).toBe('error.registration.formatNumber');
		expect(checkFormat('{n}/{n}')).toBe('error.registration.formatNumber');
		expect(checkFormat('KS {år}/{n}')).toBe('error.registration.formatPlaceholder');
		expect(checkFormat('KS {year/{n}')).toBe('error.registration.formatPlaceholder');
	});

	it('counts on within a year and starts again at 1 in a new one when the format has the year', () => {
		expect(takeNumber('KS {year}/{n}', { nextNumber: 123, counterYear: 2026 }, 2026)).toEqual({
			n: 123,
			counter: { nextNumber: 124, counterYear: 2026 }
		});
		expect(takeNumber('KS {year}/{n}', { nextNumber: 123, counterYear: 2026 }, 2027)).toEqual({
			n: 1,
			counter: { nextNumber: 2, counterYear: 2027 }
		});
		expect(takeNumber('BYN-{n}', { nextNumber: 40, counterYear: 2026 }, 2027)).toEqual({
			n: 40,
			counter: { nextNumber: 41, counterYear: 2027 }
		});
	});

	it('numbers records within a case after the highest taken', () => {
		expect(nextSequence('KS 2026/12', [])).toBe(1);
		expect(nextSequence('KS 2026/12', ['KS 2026/12', 'KS 2026/12-1', 'KS 2026/12-3', 'KS 2026/123-9'])).toBe(4);
	});
});

describe('what registering adds', () => {
	const decisions = [
		{ id: 'd1', body: 'Kommunstyrelsen', decidedOn: '2026-10-01', status: 'published' as const },
		{ id: 'd2', body: 'Kommunstyrelsen', decidedOn: '2026-12-01', status: 'draft' as const }
	];
	it('adds the case, then the records the process has, in order', () => {
		expect(
			recordsToRegister('p', { plan: true, report: true, decisions }, []).map((r) => `${r.kind}:${r.recordId}`)
		).toEqual(['case:p', 'plan:p', 'report:p', 'declaration:d1', 'declaration:d2', 'decision:d1']);
	});
	it('leaves out what is registered and what does not exist yet', () => {
		expect(
			recordsToRegister('p', { plan: false, report: true, decisions: [] }, [{ kind: 'case', recordId: 'p' }]).map(
				(r) => r.kind
			)
		).toEqual(['report']);
		expect(
			recordsToRegister('p', { plan: false, report: false, decisions: [] }, [{ kind: 'case', recordId: 'p' }])
		).toEqual([]);
	});
});
