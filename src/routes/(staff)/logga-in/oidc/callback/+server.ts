import { error, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { STAFF_OIDC, takePendingSignIn } from '$lib/server/auth/oidc-cookie';
import { safeNext } from '$lib/server/auth/safe-next';
import { completeStaffSignIn, completeStaffOidcSignIn } from '$lib/server/modules/identity';
import { oidcSecretVariable } from '$lib/server/config';
import type { RequestHandler } from './$types';

/** The identity provider sends the person back here with a code (or an error); the sign-in page explains a failure. */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const pending = takePendingSignIn(cookies, STAFF_OIDC.cookie, STAFF_OIDC.callbackPath);
	// No cookie: it expired (10 minutes), or the browser came here some other way. Start again.
	if (!pending) redirect(303, '/logga-in?oidc=expired');
	const { id, slug } = locals.organisation;
	const result = await completeStaffOidcSignIn(app().ctx, {
		organisationId: id,
		secretFromEnv: app().config.oidcClientSecrets[oidcSecretVariable(slug, 'staff')],
		callbackUrl: url,
		pending
	});
	if (!result.ok) {
		const e = result.error;
		const reason =
			e.code === 'unknown_person'
				? 'unknown'
				: e.code === 'failed' && e.reason === 'provider_refused'
					? 'cancelled'
					: e.code === 'failed' && e.reason === 'provider_unreachable'
						? 'unreachable'
						: 'failed';
		redirect(303, `/logga-in?oidc=${reason}`);
	}
	// Starts the session, or sends an organisation admin on to the second step.
	const next = await completeStaffSignIn(
		app().ctx,
		cookies,
		url,
		{ userId: result.value.userId, organisationId: id, method: 'oidc' },
		safeNext(pending.next)
	);
	redirect(303, next.ok ? next.value : '/logga-in?oidc=unknown');
};
