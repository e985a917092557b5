/**
 * @module Phone numbers for SMS: what residents type ("070-123 45 67", "+46 70 123 45 67", "0046701234567")
 * to E.164 ("+46701234567"), which SMS providers require. Swedish numbers without a country code are assumed.
 */

/** E.164 form, or null when the text is not a plausible phone number. */
export function toE164(raw: string, defaultCountry = '46'): string | null {
	const compact = raw.trim().replace(/[\s\-().\u00a0]/g, '');
	if (!/^\+?\d+$/.test(compact)) return null;
	let digits: string;
	if (compact.startsWith('+')) digits = compact.slice(1);
	else if (compact.startsWith('00')) digits = compact.slice(2);
	else if (compact.startsWith('0')) digits = defaultCountry + compact.slice(1);
	else digits = compact;
	// E.164: at most 15 digits; a Swedish mobile number is 11 with the country code.
	if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return null;
	return `+${digits}`;
}
