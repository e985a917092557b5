import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { loadStaffDecisions, saveDecisionDraft } from '$lib/server/modules/decision';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { permissions, ...page } = loaded(await loadStaffDecisions(app().ctx, locals.actor, params.slug));
	return { ...page, canRecord: permissions['decision.record'] };
};

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const result = await saveDecisionDraft(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/beslut/${result.value.id}?klart=sparat`);
	}
};
