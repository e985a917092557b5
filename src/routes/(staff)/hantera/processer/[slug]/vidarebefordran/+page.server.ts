import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { closeRouting, loadProcessRoutings } from '$lib/server/modules/routing';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, answerWorkingDays, routings, permissions } = loaded(
		await loadProcessRoutings(app().ctx, locals.actor, params.slug)
	);
	return {
		process: { slug: process.slug, title: process.title },
		answerWorkingDays,
		routings,
		canRoute: permissions['perspective.route'],
		done: url.searchParams.get('klart') === 'avslutat'
	};
};

export const actions: Actions = {
	close: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const routingId = String(values.routingId ?? '');
		const result = await closeRouting(app().ctx, locals.actor, params.slug, routingId, values);
		if (!result.ok) {
			if (result.error.code === 'invalid')
				return fail(400, {
					routingId,
					values,
					errors: result.error.fields.map((f) => ({ ...f, field: `${f.field}-${routingId}` }))
				});
			if (result.error.code === 'conflict')
				return fail(409, {
					routingId,
					values,
					errors: [{ field: `reason-${routingId}`, message: result.error.reason }]
				});
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/vidarebefordran?klart=avslutat#r-${routingId}`);
	}
};
