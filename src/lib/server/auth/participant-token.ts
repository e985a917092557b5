/**
 * @module The anonymous participant of the statements module: a random token in an HttpOnly cookie. The
 * server keeps only its SHA-256 (`statement_participants`), never anything about the person.
 */
import { createHash, randomBytes } from 'node:crypto';

export const PARTICIPANT_COOKIE = 'medskapa_deltagare';
export const PARTICIPANT_COOKIE_DAYS = 180;

export const newParticipantToken = () => randomBytes(24).toString('base64url');
export const hashParticipantToken = (token: string) =>
	createHash('sha256').update(`participant:${token}`).digest('hex');
export const isParticipantToken = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v);

type Cookies = {
	get: (name: string) => string | undefined;
	set: (
		name: string,
		value: string,
		opts: { path: string; httpOnly: boolean; sameSite: 'lax'; secure: boolean; maxAge: number }
	) => void;
};

/** The participant token from the cookie; a new one (set as the cookie) when there is none. */
export function participantToken(cookies: Cookies, secure: boolean): string {
	const existing = cookies.get(PARTICIPANT_COOKIE);
	if (isParticipantToken(existing)) return existing;
	const token = newParticipantToken();
	cookies.set(PARTICIPANT_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: PARTICIPANT_COOKIE_DAYS * 24 * 3600
	});
	return token;
}

/** A number in [0, 1) that is the same for the same participant at the same point (no randomness needed). */
export function routingDraw(token: string, step: number): number {
	return createHash('sha256').update(`${token}:${step}`).digest().readUInt32BE(0) / 2 ** 32;
}
