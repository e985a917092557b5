import { describe, expect, it } from 'vitest';
import { matchableEmail } from './identity';

describe('matchableEmail', () => {
	it('takes a verified address, in lower case', () => {
		expect(matchableEmail({ email: ' Anna@Solbacka.Example', email_verified: true }, false)).toBe(
			'anna@solbacka.example'
		);
	});
	it('refuses an address the provider does not vouch for, unless the organisation trusts its provider', () => {
		expect(matchableEmail({ email: 'anna@solbacka.example', email_verified: false }, false)).toBeNull();
		expect(matchableEmail({ email: 'anna@solbacka.example' }, false)).toBeNull();
		expect(matchableEmail({ email: 'anna@solbacka.example' }, true)).toBe('anna@solbacka.example');
	});
	it('ignores a missing or malformed address', () => {
		expect(matchableEmail({ email_verified: true }, true)).toBeNull();
		expect(matchableEmail({ email: 42, email_verified: true }, true)).toBeNull();
		expect(matchableEmail({ email: 'inget-snabel-a', email_verified: true }, true)).toBeNull();
	});
});
