import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { createOrganisation, loadPlatformOrganisations } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const result = await loadPlatformOrganisations(app().ctx, locals.actor);
	if (!result.ok && result.error.code === 'sign_in')
		redirect(303, `/logga-in?next=${encodeURIComponent('/plattform')}`);
	return {
		...loaded(result),
		created: url.searchParams.get('skapad')
	};
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const values = formToObject(await request.formData());
		const result = await createOrganisation(app().ctx, locals.actor, values, {
			scheme: url.protocol,
			port: url.port,
			locale: locals.locale
		});
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/plattform?skapad=${result.value.slug}`);
	}
};
