import { describe, expect, it } from 'vitest';
import { toE164 } from './phone';

describe('toE164', () => {
	it.each([
		['070-123 45 67', '+46701234567'],
		['+46 70 123 45 67', '+46701234567'],
		['0046701234567', '+46701234567'],
		['(08) 123 456 78', '+46812345678'],
		['+358 40 1234567', '+358401234567']
	])('%s → %s', (raw, e164) => expect(toE164(raw)).toBe(e164));

	it.each(['', 'ring mig', '12', '+0701234567', '070-123 45 67 89 00 11 22'])('refuses %j', (raw) =>
		expect(toE164(raw)).toBeNull()
	);
});
