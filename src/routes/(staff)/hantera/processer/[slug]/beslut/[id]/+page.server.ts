import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { loadStaffDecision, publishDecision, saveDecisionDraft } from '$lib/server/modules/decision';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['sparat', 'publicerat'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { permissions, ...page } = loaded(await loadStaffDecision(app().ctx, locals.actor, params.slug, params.id));
	return {
		...page,
		canRevise: permissions['decision.record'],
		canPublish: permissions['decision.publish'],
		done: DONE.find((d) => d === url.searchParams.get('klart')) ?? null
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const result = await saveDecisionDraft(app().ctx, locals.actor, params.slug, values, params.id);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'save', values, errors: result.error.fields });
			if (result.error.code === 'conflict')
				return fail(409, { form: 'save', values, errors: [{ field: 'body', message: 'error.decision.published' }] });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/beslut/${params.id}?klart=sparat`);
	},
	publish: async ({ locals, params, url }) => {
		const result = await publishDecision(app().ctx, locals.actor, params.slug, params.id, url.origin);
		if (!result.ok) {
			if (result.error.code === 'invalid')
				return fail(400, { form: 'publish', values: null, errors: result.error.fields });
			if (result.error.code === 'conflict')
				return fail(409, {
					form: 'publish',
					values: null,
					errors: [{ field: 'publish', message: 'error.decision.published' }]
				});
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}/beslut/${params.id}?klart=publicerat`);
	}
};
