import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadProcessForRevision, reviseProcess } from '$lib/server/modules/process';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(await loadProcessForRevision(app().ctx, locals.actor, params.slug));

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await reviseProcess(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/processer/${params.slug}?done=revised`);
	}
};
