import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadSubjectRequestsPage, registerSubjectRequest } from '$lib/server/modules/retention';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) =>
	loaded(await loadSubjectRequestsPage(app().ctx, locals.actor));

export const actions: Actions = {
	register: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await registerSubjectRequest(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/registerutdrag/arende?id=${result.value.id}&klart=registered`);
	}
};
