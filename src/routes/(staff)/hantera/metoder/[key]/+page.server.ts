import { error, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findMethod } from '$lib/server/modules/planning/queries/plan';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { reviseMethod } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'method.revise') || !locals.organisation) deny('method.revise');
	const method = await findMethod(app().database.db, locals.organisation.id, params.key);
	if (!method) error(404, { message: 'Not found', code: 'not_found' });
	return { method, saved: url.searchParams.has('sparad') };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await reviseMethod(app().ctx, locals.actor, params.key, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/metoder/${params.key}?sparad`);
	}
};
