import { describe, expect, it } from 'vitest';
import { normaliseReceipt, receiptFromBytes, RECEIPT_ALPHABET } from './receipt';

describe('receipt codes', () => {
	it('builds XX-XXX-XXX codes from the look-alike-free alphabet', () => {
		const code = receiptFromBytes([0, 1, 2, 3, 4, 5, 6, 255]);
		expect(code).toMatch(/^[A-Z0-9]{2}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		expect(code.startsWith('AC-DEF')).toBe(true);
		for (const c of code.replace(/-/g, '')) expect(RECEIPT_ALPHABET).toContain(c);
		expect(RECEIPT_ALPHABET).not.toMatch(/[0O1IL2Z5S8B]/);
	});

	it('reads what people type: lower case, spaces, missing dashes', () => {
		expect(normaliseReceipt('k7 4qf 97m')).toBe('K7-4QF-97M');
		expect(normaliseReceipt('K74QF97M')).toBe('K7-4QF-97M');
		expect(normaliseReceipt('K7-4QF-92M')).toBeNull(); // 2 is not in the alphabet
		expect(normaliseReceipt('K7-4QF')).toBeNull();
		expect(normaliseReceipt('')).toBeNull();
	});
});
