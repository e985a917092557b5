import { error, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { takePendingSignIn } from '$lib/server/auth/oidc-cookie';
import { RESIDENT_OIDC, setResidentCookie, completeResidentVerification } from '$lib/server/modules/identity';
import { oidcSecretVariable } from '$lib/server/config';
import type { RequestHandler } from './$types';

const BACK = /^\/processer\/[a-z0-9-]{1,100}\/pastaenden$/;

/** The e-ID broker sends the resident back here; they return to the statements page, verified or told why not. */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const pending = takePendingSignIn(cookies, RESIDENT_OIDC.cookie, RESIDENT_OIDC.callbackPath);
	if (!pending || !pending.next || !BACK.test(pending.next)) redirect(303, '/');
	const { id, slug } = locals.organisation;
	const result = await completeResidentVerification(app().ctx, {
		organisationId: id,
		secretFromEnv: app().config.oidcClientSecrets[oidcSecretVariable(slug, 'resident')],
		callbackUrl: url,
		pending
	});
	if (!result.ok) {
		const e = result.error;
		redirect(
			303,
			`${pending.next}?verifiering=${e.code === 'failed' && e.reason === 'provider_refused' ? 'cancelled' : 'failed'}`
		);
	}
	setResidentCookie(cookies, url, result.value);
	redirect(303, `${pending.next}?verifiering=ok`);
};
