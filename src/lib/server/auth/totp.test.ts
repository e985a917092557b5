import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpCode, totpUri } from './totp';

// RFC 6238 appendix B, SHA-1: the secret is ASCII "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('authenticator-app codes', () => {
	it('match the RFC 6238 test vectors (last six digits)', () => {
		expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
		expect(totpCode(RFC_SECRET, new Date(1111111109_000))).toBe('081804');
		expect(totpCode(RFC_SECRET, new Date(2000000000_000))).toBe('279037');
	});

	it('accept the code of this step and one either side, and say which step it was', () => {
		const at = new Date(1111111109_000);
		const step = Math.floor(1111111109 / 30);
		expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, at), at)).toBe(step);
		expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
		expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
		expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() + 90_000)), at)).toBeNull();
		expect(matchTotpStep(RFC_SECRET, '08180', at)).toBeNull();
		expect(matchTotpStep(RFC_SECRET, 'abcdef', at)).toBeNull();
	});

	it('new secrets are 160 bits in base32, and the app address carries issuer and account', () => {
		const secret = newTotpSecret();
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(newTotpSecret()).not.toBe(secret);
		expect(totpUri(secret, 'eva@solbacka.example', 'Solbacka kommun')).toBe(
			`otpauth://totp/Solbacka%20kommun:eva%40solbacka.example?issuer=Solbacka%20kommun&secret=${secret}&algorithm=SHA1&digits=6&period=30`
		);
	});
});

describe('recovery codes', () => {
	it('are ten distinct codes easy to read aloud, and typing them loosely gives the same hash', () => {
		const codes = newRecoveryCodes();
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
		expect(hashRecoveryCode(' K3PH 7QWA-MZ2D ')).toBe(hashRecoveryCode('k3ph-7qwa-mz2d'));
		expect(hashRecoveryCode('k3ph-7qwa-mz2e')).not.toBe(hashRecoveryCode('k3ph-7qwa-mz2d'));
	});
});
