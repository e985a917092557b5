import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { addStaffMember, loadStaffList } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return { staff: loaded(await loadStaffList(app().ctx, locals.actor)), done: url.searchParams.get('klart') };
};

export const actions: Actions = {
	add: async ({ request, locals, url }) => {
		const values = formToObject(await request.formData());
		const result = await addStaffMember(app().ctx, locals.actor, values, { origin: url.origin, locale: locals.locale });
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/personal?klart=tillagd');
	}
};
