import { json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { apiError, invalidResponse, readJson } from '$lib/server/api';
import { challengeCookieOptions, relyingParty } from '$lib/server/auth/relying-party';
import { finishPasskeyRegistration, startPasskeyRegistration, WEBAUTHN_COOKIE } from '$lib/server/modules/identity';
import type { RequestHandler } from './$types';

/**
 * Adding a passkey to one's own account, for the account page's script: a body without `response` asks for a
 * challenge; one with `name` and the browser's `response` stores the passkey.
 */
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const staff = locals.staff;
	if (!staff || !locals.organisation) return apiError(403, 'forbidden', 'error.passkey.signInFirst', locals.locale);
	if (!request.headers.get('content-type')?.startsWith('application/json'))
		return apiError(415, 'unsupported_media_type', 'error.passkey.addFailed', locals.locale);
	const body = await readJson(request, locals.locale);
	if (!body.ok) return body.response;
	const rp = relyingParty(url, locals.organisation.name);
	const payload = body.body as { response?: unknown } | null;
	if (!payload?.response) {
		const { challengeId, options } = await startPasskeyRegistration(app().ctx, staff, rp);
		cookies.set(WEBAUTHN_COOKIE, challengeId, challengeCookieOptions(url));
		return json({ options });
	}
	const challengeId = cookies.get(WEBAUTHN_COOKIE);
	cookies.delete(WEBAUTHN_COOKIE, { path: '/' });
	const result = await finishPasskeyRegistration(
		app().ctx,
		{ userId: staff.id, organisationId: staff.organisationId },
		challengeId,
		payload,
		rp
	);
	if (!result.ok)
		return result.error.code === 'invalid'
			? invalidResponse(result.error.fields, locals.locale)
			: apiError(400, 'invalid', 'error.passkey.addFailed', locals.locale);
	return json({ id: result.value.id }, { status: 201 });
};
