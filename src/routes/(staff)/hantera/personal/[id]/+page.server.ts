import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { loadStaffMember, removeStaffMember, reviseStaffMember } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	return loaded(await loadStaffMember(app().ctx, locals.actor, params.id));
};

export const actions: Actions = {
	revise: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			role: form.get('role') ?? '',
			processIds: form.getAll('processIds').filter((v): v is string => typeof v === 'string')
		};
		const result = await reviseStaffMember(app().ctx, locals.actor, params.id, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/personal?klart=andrad');
	},
	remove: async ({ locals, params }) => {
		const result = await removeStaffMember(app().ctx, locals.actor, params.id);
		if (!result.ok) {
			if (result.error.code === 'conflict')
				return fail(409, { values: {}, errors: [{ field: 'remove', message: 'error.staff.self' }] });
			return failFromUseCase(result.error, {});
		}
		redirect(303, '/hantera/personal?klart=borttagen');
	}
};
