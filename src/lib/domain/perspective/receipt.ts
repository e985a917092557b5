/**
 * @module Receipt codes (kvittens) like `K7-4QF-92M`: short enough to write on paper at a pop-up, from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), read case-insensitively.
 * 23^8 ≈ 7.8e10 codes: guessing one is impractical, and the code reveals no personal data anyway.
 */
export const RECEIPT_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3479';
const PATTERN = new RegExp(`^[${RECEIPT_ALPHABET}]{2}-[${RECEIPT_ALPHABET}]{3}-[${RECEIPT_ALPHABET}]{3}$`);

/** Build a code from 8 random bytes supplied by the caller (the domain has no randomness of its own). */
export function receiptFromBytes(bytes: ArrayLike<number>): string {
	if (bytes.length < 8) throw new Error('receiptFromBytes needs 8 bytes');
	const chars = Array.from({ length: 8 }, (_, i) => RECEIPT_ALPHABET[bytes[i] % RECEIPT_ALPHABET.length]);
	return `${chars.slice(0, 2).join('')}-${chars.slice(2, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Normalise what a person typed ("k7 4qf 92m") to the stored form, or null if it cannot be a code. */
export function normaliseReceipt(input: string): string | null {
	const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
	if (compact.length !== 8) return null;
	const code = `${compact.slice(0, 2)}-${compact.slice(2, 5)}-${compact.slice(5)}`;
	return PATTERN.test(code) ? code : null;
}
