import { error, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { setPendingSignIn, STAFF_OIDC } from '$lib/server/auth/oidc-cookie';
import { safeNext } from '$lib/server/auth/safe-next';
import { oidcSecretVariable } from '$lib/server/config';
import { beginStaffOidcSignIn } from '$lib/server/modules/identity';
import type { RequestHandler } from './$types';

/**
 * The button on the sign-in page is a link here, and the person is sent on to the organisation's identity
 * provider. A link, not a form: the Content-Security-Policy's `form-action 'self'` would stop a form's redirect
 * to another site. Starting a sign-in changes nothing but this browser's pending-sign-in cookie.
 */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const { id, slug } = locals.organisation;
	const result = await beginStaffOidcSignIn(app().ctx, {
		organisationId: id,
		secretFromEnv: app().config.oidcClientSecrets[oidcSecretVariable(slug, 'staff')],
		// The address the person used (ORIGIN behind a proxy), so the provider sends them back to the same organisation.
		redirectUri: `${url.origin}${STAFF_OIDC.callbackPath}`,
		next: safeNext(url.searchParams.get('next'))
	});
	if (!result.ok)
		redirect(303, `/logga-in?oidc=${result.error.code === 'not_configured' ? 'not_configured' : 'unreachable'}`);
	setPendingSignIn(cookies, url, STAFF_OIDC.cookie, STAFF_OIDC.callbackPath, result.value.pending);
	redirect(303, result.value.url.href);
};
