import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { apiError, readJson } from '$lib/server/api';
import {
	completeStaffSignIn,
	PENDING_COOKIE,
	finishPasskeySignIn,
	startPasskeySignIn,
	WEBAUTHN_COOKIE
} from '$lib/server/modules/identity';
import { challengeCookieOptions, relyingParty, safeStaffPath } from '$lib/server/auth/relying-party';
import type { RequestHandler } from './$types';

/**
 * Sign-in with a passkey, for the page's script: a body without `response` asks for a challenge; one with the
 * browser's signed answer signs in (a passkey is two factors, so no second step follows).
 */
export const POST: RequestHandler = async ({ request, cookies, url, locals, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.routeNotFound', locals.locale);
	if (!request.headers.get('content-type')?.startsWith('application/json'))
		return apiError(415, 'unsupported_media_type', 'error.passkey.failed', locals.locale);
	const body = await readJson(request, locals.locale);
	if (!body.ok) return body.response;
	const rp = relyingParty(url, locals.organisation.name);
	const payload = body.body as { response?: unknown; next?: unknown } | null;
	if (!payload?.response) {
		const { challengeId, options } = await startPasskeySignIn(app().ctx, rp);
		cookies.set(WEBAUTHN_COOKIE, challengeId, challengeCookieOptions(url));
		return json({ options });
	}
	const limits = app().limits.signInFailures;
	const limitKey = `passkey|${getClientAddress()}`;
	if (!limits.check(limitKey).allowed) return apiError(429, 'rate_limited', 'signIn.tooMany', locals.locale);
	const challengeId = cookies.get(WEBAUTHN_COOKIE);
	cookies.delete(WEBAUTHN_COOKIE, { path: '/' });
	const verified = await finishPasskeySignIn(app().ctx, challengeId, payload, rp);
	const next = verified.ok
		? await completeStaffSignIn(
				app().ctx,
				cookies,
				url,
				{ userId: verified.value.userId, organisationId: locals.organisation.id, method: 'passkey' },
				safeStaffPath(payload.next)
			)
		: null;
	if (!next?.ok) {
		limits.hit(limitKey);
		return apiError(400, 'passkey_failed', 'error.passkey.failed', locals.locale);
	}
	// A passkey also settles a second step that was waiting.
	cookies.delete(PENDING_COOKIE, { path: '/logga-in' });
	return json({ location: next.value });
};
