import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { MEMBER_SESSION_COOKIE, signInMember } from '$lib/server/modules/cocreation';
import type { RequestHandler } from './$types';

/** A member's personal link from the invitation mail: signs them in and opens their working group. */
export const GET: RequestHandler = async ({ params, cookies, url, locals }) => {
	const result = locals.organisation ? await signInMember(app().ctx, locals.organisation.id, params.token) : null;
	if (!result?.ok) redirect(303, '/delta/logga-ut?ogiltig=1');
	cookies.set(MEMBER_SESSION_COOKIE, result.value.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: result.value.expiresAt
	});
	redirect(303, `/processer/${result.value.slug}/arbetsgrupp?inloggad=1`);
};
