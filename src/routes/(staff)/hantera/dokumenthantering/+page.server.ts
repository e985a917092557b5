import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadRecordsPlanPage, saveRecordsPlan } from '$lib/server/modules/retention';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = loaded(await loadRecordsPlanPage(app().ctx, locals.actor));
	return { ...page, saved: url.searchParams.get('klart') === 'sparad' };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await saveRecordsPlan(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/dokumenthantering?klart=sparad');
	}
};
