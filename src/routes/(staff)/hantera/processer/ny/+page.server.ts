import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { createProcess } from '$lib/server/modules/process';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = ({ locals }) => {
	if (!can(locals.actor, 'process.create')) deny('process.create');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await createProcess(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/hantera/processer/${result.value.slug}?done=created`);
	}
};
