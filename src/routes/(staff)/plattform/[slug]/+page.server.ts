import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { addOrganisationHost, loadPlatformOrganisation, removeOrganisationHost } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const result = await loadPlatformOrganisation(app().ctx, locals.actor, params.slug);
	if (!result.ok && result.error.code === 'sign_in')
		redirect(303, `/logga-in?next=${encodeURIComponent('/plattform')}`);
	return loaded(result);
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await addOrganisationHost(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/plattform/${params.slug}`);
	},
	remove: async ({ request, locals, params }) => {
		const host = String((await request.formData()).get('host') ?? '');
		const result = await removeOrganisationHost(app().ctx, locals.actor, params.slug, host);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, `/plattform/${params.slug}`);
	}
};
