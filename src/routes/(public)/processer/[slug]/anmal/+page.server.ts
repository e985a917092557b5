import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { formToObject, loaded } from '$lib/server/forms';
import { loadPanelSignUp, signUpVolunteer } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadPanelSignUp(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	);

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const result = await signUpVolunteer(
			app().ctx,
			{ organisationId: locals.organisation.id, slug: params.slug },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, closed: false });
			if (result.error.code === 'closed') return fail(409, { values, errors: [], closed: true });
			error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/processer/${params.slug}/anmal/tack`);
	}
};
