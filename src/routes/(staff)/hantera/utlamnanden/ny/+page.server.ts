import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadRegisterForm, registerRequest } from '$lib/server/modules/disclosure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => loaded(await loadRegisterForm(app().ctx, locals.actor));

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await registerRequest(app().ctx, locals.actor, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/utlamnanden/${result.value.id}?klart=registered`);
	}
};
