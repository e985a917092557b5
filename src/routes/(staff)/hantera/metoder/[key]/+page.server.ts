import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadMethodForRevision, reviseMethod } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { method } = loaded(await loadMethodForRevision(app().ctx, locals.actor, params.key));
	return { method, saved: url.searchParams.has('sparad') };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await reviseMethod(app().ctx, locals.actor, params.key, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/metoder/${params.key}?sparad`);
	}
};
