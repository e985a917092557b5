import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { loadNextLoopForm, startNextLoop } from '$lib/server/modules/learning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const result = await loadNextLoopForm(app().ctx, locals.actor, params.slug);
	if (!result.ok)
		error(result.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: result.error.code });
	const { process, defaults, preview, canStart, nextLoop } = result.value;
	return {
		process: { slug: process.slug, title: process.title, currentPhase: process.currentPhase },
		defaults,
		preview,
		canStart,
		nextLoop
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const result = await startNextLoop(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			if (result.error.code === 'already_started') redirect(303, `/hantera/processer/${result.error.slug}`);
			if (result.error.code === 'too_early') return fail(409, { values, errors: [], tooEarly: true });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${result.value.slug}?done=created`);
	}
};
