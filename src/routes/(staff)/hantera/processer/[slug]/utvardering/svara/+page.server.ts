import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { answerEvaluationAsStaff, loadEvaluationForStaff } from '$lib/server/modules/learning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const result = await loadEvaluationForStaff(app().ctx, locals.actor, params.slug);
	if (!result.ok)
		error(result.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: result.error.code });
	const { process, survey, hasAnswered } = result.value;
	return { process: { slug: process.slug, title: process.title }, isOpen: survey?.isOpen ?? false, hasAnswered };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const result = await answerEvaluationAsStaff(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			if (result.error.code === 'closed') return fail(409, { values, errors: [], closed: true });
			if (result.error.code !== 'already_answered') return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/utvardering?done=answered`);
	}
};
