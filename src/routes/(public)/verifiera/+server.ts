import { error, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { setPendingSignIn } from '$lib/server/auth/oidc-cookie';
import { RESIDENT_OIDC, beginResidentVerification } from '$lib/server/modules/identity';
import { oidcSecretVariable } from '$lib/server/config';
import type { RequestHandler } from './$types';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/**
 * `/verifiera?process=<slug>`: a link on a statements page that needs a verified identity; the resident is sent
 * on to the organisation's e-ID broker and comes back to that page. A link, because the CSP's
 * `form-action 'self'` would stop a form's redirect to another site.
 */
export const GET: RequestHandler = async ({ locals, url, cookies }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const slug = url.searchParams.get('process') ?? '';
	if (!SLUG.test(slug)) error(404, { message: 'Not found', code: 'not_found' });
	const back = `/processer/${slug}/pastaenden`;
	const { id, slug: organisationSlug } = locals.organisation;
	const result = await beginResidentVerification(app().ctx, {
		organisationId: id,
		secretFromEnv: app().config.oidcClientSecrets[oidcSecretVariable(organisationSlug, 'resident')],
		redirectUri: `${url.origin}${RESIDENT_OIDC.callbackPath}`,
		next: back
	});
	if (!result.ok)
		redirect(303, `${back}?verifiering=${result.error.code === 'not_configured' ? 'not_configured' : 'unreachable'}`);
	setPendingSignIn(cookies, url, RESIDENT_OIDC.cookie, RESIDENT_OIDC.callbackPath, result.value.pending);
	redirect(303, result.value.url.href);
};
