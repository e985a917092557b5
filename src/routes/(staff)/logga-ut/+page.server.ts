import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { SESSION_COOKIE } from '$lib/server/auth/session-token';
import { signOutStaff } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies, locals }) => {
		if (locals.sessionToken) await signOutStaff(app().ctx, locals.sessionToken);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	}
};
