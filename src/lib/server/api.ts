/**
 * @module JSON answers for the API: errors always as `{"error": {"code", "message"}}`.
 */
import { json } from '@sveltejs/kit';
import { translator, type Locale, type MessageKey } from '../i18n';
import type { RateLimiter } from './security/rate-limit';

export function apiError(status: number, code: string, messageKey: MessageKey, locale: Locale): Response {
	return json({ error: { code, message: translator(locale)(messageKey) } }, { status });
}

export const API_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=30' };

/**
 * Counts an anonymous submission from `clientAddress` against the shared limit; a 429 answer (with
 * `Retry-After`) when it is over, else null.
 */
export function submissionLimited(limiter: RateLimiter, clientAddress: string, locale: Locale): Response | null {
	const decision = limiter.hit(clientAddress);
	if (decision.allowed) return null;
	return json(
		{ error: { code: 'rate_limited', message: translator(locale)('api.rateLimited'), retryAfterSeconds: decision.retryAfterSeconds } },
		{ status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } }
	);
}
