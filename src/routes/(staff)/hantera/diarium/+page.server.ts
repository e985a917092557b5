import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadRegister, saveRegistrationSettings } from '$lib/server/modules/registration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...loaded(await loadRegister(app().ctx, locals.actor)),
	saved: url.searchParams.get('klart') === '1'
});

export const actions: Actions = {
	settings: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await saveRegistrationSettings(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/diarium?klart=1');
	}
};
