import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { archiveGround, loadGroundsPage, saveGround } from '$lib/server/modules/disclosure';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'updated', 'archived'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { grounds } = loaded(await loadGroundsPage(app().ctx, locals.actor));
	const done = url.searchParams.get('klart');
	return { grounds, done: DONE.find((d) => d === done) ?? null };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const id = typeof values.id === 'string' && values.id ? values.id : null;
		const result = await saveGround(app().ctx, locals.actor, id, values);
		if (!result.ok) {
			// Each ground has its own form: field ids carry its id ("new" for the form that adds one).
			if (result.error.code === 'invalid')
				return fail(400, {
					formId: id ?? 'new',
					values,
					errors: result.error.fields.map((f) => ({ ...f, field: `${f.field}-${id ?? 'new'}` }))
				});
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/utlamnanden/grunder?klart=${result.value.created ? 'created' : 'updated'}`);
	},
	archive: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await archiveGround(app().ctx, locals.actor, String(values.id ?? ''));
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/utlamnanden/grunder?klart=archived');
	}
};
