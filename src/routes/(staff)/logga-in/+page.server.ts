import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { SESSION_COOKIE } from '$lib/server/auth/session-token';
import { formToObject } from '$lib/server/forms';
import { signInStaff } from '$lib/server/use-cases/sign-in-staff';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site staff pages are allowed as a target, so the sign-in cannot be used as an open redirect. */
const safeNext = (next: string | null) => (next && /^\/hantera(\/[\w\-/]*)?$/.test(next) ? next : '/hantera');

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.staff) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const values = formToObject(await request.formData());
		const result = await signInStaff(app().ctx, values);
		const shown = { email: typeof values.email === 'string' ? values.email : '' };
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values: shown, errors: result.error.fields });
			return fail(400, { values: shown, errors: [{ field: 'email', message: 'signIn.wrong' }] });
		}
		cookies.set(SESSION_COOKIE, result.value.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			expires: result.value.expiresAt
		});
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
