import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadStatementEditor, saveAccessibilityStatement } from '$lib/server/modules/accessibility';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...loaded(await loadStatementEditor(app().ctx, locals.actor, locals.locale)),
	saved: url.searchParams.get('klart') === '1'
});

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await saveAccessibilityStatement(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/tillganglighet?klart=1');
	}
};
