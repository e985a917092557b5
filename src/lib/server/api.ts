/**
 * @module JSON answers for the API: errors always as `{"error": {"code", "message"}}`.
 */
import { json } from '@sveltejs/kit';
import { isMessageKey, translator, type Locale, type MessageKey } from '../i18n';
import type { FieldError } from './modules/context';
import { noteDenied } from './security/access-denied';
import type { RateLimiter } from './security/rate-limit';

export function apiError(status: number, code: string, messageKey: MessageKey, locale: Locale): Response {
	return json({ error: { code, message: translator(locale)(messageKey) } }, { status });
}

export const API_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=30' };

/** Staff endpoints (a token or a staff session): never cached, never shared. */
export const STAFF_API_HEADERS = { 'cache-control': 'private, no-store' };

const UNAUTHORIZED_HEADERS = { 'www-authenticate': 'Bearer realm="medskapa"' };

/** A bearer token refused before any route ran: 401 (unknown, revoked, another organisation's) or 403 (read-only). */
export function apiTokenRefusal(refusal: { status: 401 | 403 }, locale: Locale): Response {
	if (refusal.status === 401) return unauthorized(locale);
	noteDenied('api.write');
	return apiError(403, 'forbidden', 'api.tokenReadOnly', locale);
}

function unauthorized(locale: Locale): Response {
	const response = apiError(401, 'unauthorized', 'api.unauthorized', locale);
	for (const [name, value] of Object.entries(UNAUTHORIZED_HEADERS)) response.headers.set(name, value);
	return response;
}

/** A staff read use case's answer: 200 JSON, 401 without credentials, 403 from the gate, else 404. */
export function staffApiAnswer<T>(
	result: { ok: true; value: T } | { ok: false; error: { code: string } },
	locale: Locale,
	notFound: MessageKey = 'api.notFound'
): Response {
	if (result.ok) return json(result.value, { headers: STAFF_API_HEADERS });
	if (result.error.code === 'unauthenticated') return unauthorized(locale);
	if (result.error.code === 'forbidden') return apiError(403, 'forbidden', 'api.forbidden', locale);
	return apiError(404, 'not_found', notFound, locale);
}

/**
 * Counts an anonymous submission from `clientAddress` against the shared limit; a 429 answer (with
 * `Retry-After`) when it is over, else null.
 */
export function submissionLimited(limiter: RateLimiter, clientAddress: string, locale: Locale): Response | null {
	const decision = limiter.hit(clientAddress);
	if (decision.allowed) return null;
	return rateLimitedResponse(decision.retryAfterSeconds, 'api.rateLimited', locale);
}

/** 429 `rate_limited` with `Retry-After` and the seconds to wait also in the body. */
export function rateLimitedResponse(retryAfterSeconds: number, messageKey: MessageKey, locale: Locale): Response {
	return json(
		{ error: { code: 'rate_limited', message: translator(locale)(messageKey), retryAfterSeconds } },
		{ status: 429, headers: { 'retry-after': String(retryAfterSeconds) } }
	);
}

/**
 * The request body as JSON (control characters already removed from its text by the server hook), or a 400
 * `invalid_json` answer; a body over the server's size limit is a 413 `too_large`.
 */
export async function readJson(
	request: Request,
	locale: Locale = 'sv'
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
	try {
		return { ok: true, body: await request.json() };
	} catch (e) {
		const tooLarge = (e as { status?: number } | null)?.status === 413;
		return {
			ok: false,
			response: tooLarge
				? apiError(413, 'too_large', 'api.tooLarge', locale)
				: apiError(400, 'invalid_json', 'api.invalidJson', locale)
		};
	}
}

export function invalidResponse(fields: FieldError[], locale: Locale): Response {
	const t = translator(locale);
	return json(
		{
			error: {
				code: 'invalid',
				message: t('api.invalid'),
				fields: fields.map((f) => ({
					field: f.field.replace(/-/g, '.'),
					code: f.message,
					message: isMessageKey(f.message) ? t(f.message) : f.message
				}))
			}
		},
		{ status: 422 }
	);
}
