import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { completeStaffSignIn, signInLinkState, useSignInLink } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

/** Opening the link changes nothing (mail scanners open links too); only the page's button signs in. */
export const load: PageServerLoad = async ({ params, locals }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	return { state: await signInLinkState(app().ctx, locals.organisation.id, params.token) };
};

export const actions: Actions = {
	default: async ({ params, locals, cookies, url }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const used = await useSignInLink(app().ctx, locals.organisation.id, params.token);
		if (!used.ok) return fail(400, { unusable: true });
		const next = await completeStaffSignIn(app().ctx, cookies, url, {
			userId: used.value.userId,
			organisationId: locals.organisation.id,
			method: 'link'
		});
		if (!next.ok) return fail(400, { unusable: true });
		redirect(303, next.value);
	}
};
