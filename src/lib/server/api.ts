/**
 * @module JSON answers for the API: errors always as `{"error": {"code", "message"}}`.
 */
import { json } from '@sveltejs/kit';
import { isMessageKey, translator, type Locale, type MessageKey } from '../i18n';
import type { FieldError } from './modules/context';
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
