import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { linkTension, loadTensionsPage } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, options, tensions } = loaded(await loadTensionsPage(app().ctx, locals.actor, params.slug));
	return {
		process: { slug: process.slug, title: process.title },
		options,
		tensions,
		done: url.searchParams.get('done') === 'linked'
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await linkTension(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/motsattningar?done=linked`);
	}
};
