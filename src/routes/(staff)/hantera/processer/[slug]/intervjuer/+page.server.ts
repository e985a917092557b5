import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadInterviewsPage } from '$lib/server/modules/perspectives';
import { addInterviewTarget, withdrawTarget } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, progress, withdrawn, interviews, permissions } = loaded(
		await loadInterviewsPage(app().ctx, locals.actor, params.slug)
	);
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		progress,
		withdrawn,
		interviews,
		canPlan: permissions['interview.plan'],
		canRecord: permissions.recordInterview,
		done: url.searchParams.get('klart')
	};
};

export const actions: Actions = {
	target: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await addInterviewTarget(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'target', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/intervjuer?klart=grupp`);
	},
	withdraw: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await withdrawTarget(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'withdraw', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/intervjuer?klart=struken`);
	}
};
