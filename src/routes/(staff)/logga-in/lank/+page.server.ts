import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { formToObject } from '$lib/server/forms';
import { requestSignInLink } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.staff) redirect(303, '/hantera');
	return {};
};

export const actions: Actions = {
	/** The same answer whether or not the address has an account here. */
	default: async ({ request, url, getClientAddress, locals }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const shown = { email: typeof values.email === 'string' ? values.email : '' };
		// Every request counts (not only failures): each one may send a mail.
		const limitKey = `link:${shown.email.trim().toLowerCase()}|${getClientAddress()}`;
		if (!app().limits.signInFailures.hit(limitKey).allowed)
			return fail(429, { values: shown, errors: [{ field: 'link-email', message: 'signInLink.tooMany' }] });
		const result = await requestSignInLink(app().ctx, locals.organisation, values, url.origin);
		if (!result.ok) {
			const fields = result.error.code === 'invalid' ? result.error.fields : [];
			return fail(400, { values: shown, errors: fields.map((f) => ({ ...f, field: 'link-email' })) });
		}
		return { sent: true };
	}
};
