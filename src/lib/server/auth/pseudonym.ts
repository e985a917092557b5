/**
 * @module A verified resident's pseudonym: HMAC-SHA256 over the provider's issuer and the person's subject,
 * with a key of the organisation's own. The same person gets the same pseudonym in one organisation every
 * time (one person, one vote) and unrelated ones in others; without the key nobody can tell whose it is.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

export const newPseudonymKey = (): string => randomBytes(32).toString('hex');

export function pseudonymOf(key: string, issuer: string, subject: string): string {
	// JSON keeps the two parts apart, so ("a", "bc") and ("ab", "c") differ.
	return createHmac('sha256', Buffer.from(key, 'hex'))
		.update(JSON.stringify([issuer, subject]))
		.digest('hex');
}

/** The resident's session cookie: a random token, of which the server keeps only the SHA-256. */
export const RESIDENT_COOKIE = 'medskapa_verifierad';
export const RESIDENT_SESSION_HOURS = 12;
export const newResidentToken = (): string => randomBytes(24).toString('base64url');
export const hashResidentToken = (token: string): string =>
	createHash('sha256').update(`resident:${token}`).digest('hex');
export type ResidentSessionCookie = { token: string; expiresAt: Date };
