import { describe, expect, it } from 'vitest';
import { contactsExpireOn, isExpired, withdrawal } from './privacy';

describe('privacy rules', () => {
	it('keeps the text of a withdrawn perspective as a public record, or deletes it for real', () => {
		expect(withdrawal('keep').text('Min text')).toBe('Min text');
		expect(withdrawal('keep').scrubReports).toBe(false);
		expect(withdrawal('delete').text('Min text')).toBe('');
		expect(withdrawal('delete').scrubReports).toBe(true);
	});

	it('expires contact details the retention period after the last phase ends, never before an end date exists', () => {
		const schedule = [
			{ phase: 'collection' as const, startsOn: '2026-01-01', endsOn: '2026-03-31' },
			{ phase: 'learning' as const, startsOn: '2027-01-01', endsOn: '2027-02-28' },
			{ phase: 'decision' as const, startsOn: null, endsOn: null }
		];
		expect(contactsExpireOn(schedule, 90)).toBe('2027-05-29');
		expect(contactsExpireOn([{ phase: 'collection', startsOn: '2026-01-01', endsOn: null }], 90)).toBeNull();
		expect(isExpired('2027-05-29', '2027-05-29')).toBe(false);
		expect(isExpired('2027-05-29', '2027-05-30')).toBe(true);
		expect(isExpired(null, '2099-01-01')).toBe(false);
	});
});
