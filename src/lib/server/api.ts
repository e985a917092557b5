/**
 * @module JSON answers for the API: errors always as `{"error": {"code", "message"}}`.
 */
import { json } from '@sveltejs/kit';
import { translator, type Locale, type MessageKey } from '../i18n';

export function apiError(status: number, code: string, messageKey: MessageKey, locale: Locale): Response {
	return json({ error: { code, message: translator(locale)(messageKey) } }, { status });
}

export const API_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=30' };
