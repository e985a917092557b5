import { error, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { reviseProcess } from '$lib/server/modules/process';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!can(locals.actor, 'process.revise') || !locals.organisation) deny('process.revise');
	const process = await findProcessBySlug(app().database.db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	return { process };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await reviseProcess(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/processer/${params.slug}?done=revised`);
	}
};
