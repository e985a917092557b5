import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { loadStaffDecision, publishDecision, saveDecisionDraft } from '$lib/server/modules/decision';
import { previewDecisionPublication } from '$lib/server/modules/notifications';
import type { Actions, PageServerLoad } from './$types';

type UseCaseError = Extract<Awaited<ReturnType<typeof publishDecision>>, { ok: false }>['error'];

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
	// Publishing cannot be undone and tells people: the first post shows what will happen, only the confirmed one
	// (confirm=1) publishes.
	publish: async ({ locals, params, request, url }) => {
		if ((await request.formData()).get('confirm') !== '1') {
			const preview = await previewDecisionPublication(app().ctx, locals.actor, params.slug, params.id);
			if (!preview.ok) return publishFailure(preview.error);
			return { form: 'confirm', values: null, confirm: preview.value };
		}
		const result = await publishDecision(app().ctx, locals.actor, params.slug, params.id, url.origin);
		if (!result.ok) return publishFailure(result.error);
		redirect(303, `/hantera/processer/${params.slug}/beslut/${params.id}?klart=publicerat`);
	}
};

function publishFailure(error: UseCaseError) {
	if (error.code === 'invalid') return fail(400, { form: 'publish', values: null, errors: error.fields });
	if (error.code === 'conflict')
		return fail(409, {
			form: 'publish',
			values: null,
			errors: [{ field: 'publish', message: 'error.decision.published' }]
		});
	return failFromUseCase(error, {});
}
