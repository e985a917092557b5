import { describe, expect, it } from 'vitest';
import { checkDecision, daysSince, DEFAULT_GROUNDS, inScope, registerOrder, suggestedOutcome } from './disclosure';

describe('public-records requests', () => {
	it('counts calendar days in Sweden since receipt', () => {
		expect(daysSince(new Date('2026-11-23T08:00:00Z'), new Date('2026-11-23T20:00:00Z'))).toBe(0);
		// 23:30 in Stockholm on the 23rd, then 00:30 on the 24th: one day.
		expect(daysSince(new Date('2026-11-23T22:30:00Z'), new Date('2026-11-23T23:30:00Z'))).toBe(1);
		expect(daysSince(new Date('2026-11-20T10:00:00Z'), new Date('2026-11-23T09:00:00Z'))).toBe(3);
		expect(daysSince(new Date('2026-11-24T10:00:00Z'), new Date('2026-11-23T09:00:00Z'))).toBe(0);
	});

	it('lists open requests first, the oldest first, then decided ones newest first', () => {
		const at = (d: string) => new Date(`2026-11-${d}T10:00:00Z`);
		const order = registerOrder([
			{ id: 'decided-old', status: 'decided' as const, receivedAt: at('01'), decidedAt: at('05') },
			{ id: 'open-new', status: 'open' as const, receivedAt: at('20'), decidedAt: null },
			{ id: 'decided-new', status: 'decided' as const, receivedAt: at('02'), decidedAt: at('10') },
			{ id: 'open-old', status: 'open' as const, receivedAt: at('03'), decidedAt: null }
		]).map((r) => r.id);
		expect(order).toEqual(['open-old', 'open-new', 'decided-new', 'decided-old']);
	});

	it('checks that the decision fits the masking and that refusals give reasons', () => {
		expect(checkDecision({ outcome: 'full', maskedCount: 0, reason: '' })).toEqual([]);
		expect(checkDecision({ outcome: 'full', maskedCount: 2, reason: '' })).toEqual(['outcome.fullMasked']);
		expect(checkDecision({ outcome: 'partial', maskedCount: 0, reason: ' ' })).toEqual([
			'outcome.partialNothingMasked',
			'reason.required'
		]);
		expect(checkDecision({ outcome: 'partial', maskedCount: 3, reason: 'Personuppgifter.' })).toEqual([]);
		expect(checkDecision({ outcome: 'refusal', maskedCount: 0, reason: '' })).toEqual(['reason.required']);
		expect(suggestedOutcome(0)).toBe('full');
		expect(suggestedOutcome(1)).toBe('partial');
	});

	it('takes records received by the request and inside its period', () => {
		const scope = { receivedAt: new Date('2026-11-23T10:00:00Z'), periodFrom: '2026-10-01', periodTo: '2026-10-31' };
		expect(inScope(new Date('2026-10-01T00:30:00+02:00'), scope)).toBe(true);
		expect(inScope(new Date('2026-09-30T22:30:00Z'), scope)).toBe(true); // 00:30 on 1 October in Sweden
		expect(inScope(new Date('2026-09-30T21:00:00Z'), scope)).toBe(false); // 23:00 on 30 September
		expect(inScope(new Date('2026-11-01T10:00:00Z'), scope)).toBe(false);
		expect(inScope(new Date('2026-11-24T10:00:00Z'), { ...scope, periodFrom: null, periodTo: null })).toBe(false);
	});

	it('starts every list with the common OSL grounds, each cited with chapter and section', () => {
		expect(DEFAULT_GROUNDS.map((g) => g.code)).toContain('OSL 21 kap. 7 §');
		for (const g of DEFAULT_GROUNDS) expect(g.code).toMatch(/^OSL \d+ kap\. \d+ §$/);
		expect(new Set(DEFAULT_GROUNDS.map((g) => g.key)).size).toBe(DEFAULT_GROUNDS.length);
	});
});

describe('received when, in Swedish time', async () => {
	const { swedishLocalTime, toSwedishLocal } = await import('./disclosure');
	it('reads a datetime-local value as Swedish time, summer and winter, and writes it back', () => {
		expect(swedishLocalTime('2026-11-23T10:15')?.toISOString()).toBe('2026-11-23T09:15:00.000Z');
		expect(swedishLocalTime('2026-07-01T10:15')?.toISOString()).toBe('2026-07-01T08:15:00.000Z');
		expect(toSwedishLocal(new Date('2026-11-23T09:15:00Z'))).toBe('2026-11-23T10:15');
		expect(swedishLocalTime('2026-02-30T10:00')).toBeNull();
		expect(swedishLocalTime('i går')).toBeNull();
	});
});
