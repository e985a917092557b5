import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { MEMBER_SESSION_COOKIE, signOutMember } from '$lib/server/modules/cocreation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ invalid: url.searchParams.get('ogiltig') !== null });

export const actions: Actions = {
	default: async ({ cookies, locals }) => {
		if (locals.member) await signOutMember(app().ctx, locals.member.token);
		cookies.delete(MEMBER_SESSION_COOKIE, { path: '/' });
		redirect(303, '/delta/logga-ut');
	}
};
