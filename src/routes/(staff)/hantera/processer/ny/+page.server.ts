import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { createProcess, openNewProcessForm } from '$lib/server/modules/process';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	loaded(openNewProcessForm(locals.actor));
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await createProcess(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/processer/${result.value.slug}?done=created`);
	}
};
