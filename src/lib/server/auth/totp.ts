/**
 * @module Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds, as every app expects) and
 * one-time recovery codes. Codes one step either side of now are accepted, for clocks that drift a little.
 */
import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totp = (secret: string, label = '', issuer = '') =>
	new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

/** The otpauth:// address an authenticator app reads (typed in or from a QR code). */
export const totpUri = (secret: string, label: string, issuer: string): string =>
	totp(secret, label, issuer).toString();

/** The code an app shows at a moment (the demo's CLI command and tests use it). */
export const totpCode = (secret: string, at: Date): string => totp(secret).generate({ timestamp: at.getTime() });

/** The time step a correct code belongs to (now, or one step either side), or null for a wrong code. */
export function matchTotpStep(secret: string, code: string, at: Date): number | null {
	if (!/^\d{6}$/.test(code)) return null;
	const delta = totp(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
	return delta === null ? null : Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** Letters and digits that cannot be mistaken for each other when read from paper. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `k3ph-7qwa-mz2d` (about 59 bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
	return Array.from({ length: count }, () => {
		const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
		return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
	});
}

/** Case, spaces and dashes do not matter when a recovery code is typed. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
export const hashRecoveryCode = (code: string) =>
	createHash('sha256')
		.update(`recovery:${normaliseRecoveryCode(code)}`)
		.digest('hex');
