/**
 * @module Who has answered an evaluation survey, without knowing who they are. A browser gets a random token
 * in an HttpOnly cookie; staff are known by their user id. Only a SHA-256 that includes the process id is
 * stored, so the same browser's answers to two processes cannot be linked, nor linked to its statement votes.
 */
import { createHash, randomBytes } from 'node:crypto';

export const EVALUATION_COOKIE = 'medskapa_utvardering';
const COOKIE_DAYS = 365;

export const isEvaluationToken = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v);

export const participantRespondentHash = (processId: string, token: string) =>
	createHash('sha256').update(`evaluation:${processId}:${token}`).digest('hex');
export const staffRespondentHash = (processId: string, userId: string) =>
	createHash('sha256').update(`evaluation-staff:${processId}:${userId}`).digest('hex');

type Cookies = {
	get: (name: string) => string | undefined;
	set: (
		name: string,
		value: string,
		opts: { path: string; httpOnly: boolean; sameSite: 'lax'; secure: boolean; maxAge: number }
	) => void;
};

/** The browser's token from the cookie; a new one (set as the cookie) when there is none. */
export function evaluationToken(cookies: Cookies, secure: boolean): string {
	const existing = cookies.get(EVALUATION_COOKIE);
	if (isEvaluationToken(existing)) return existing;
	const token = randomBytes(24).toString('base64url');
	cookies.set(EVALUATION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: COOKIE_DAYS * 24 * 3600
	});
	return token;
}
