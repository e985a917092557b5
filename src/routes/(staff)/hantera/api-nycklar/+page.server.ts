import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { API_TOKEN_SCOPES, createApiToken, loadApiTokens, revokeApiToken } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...loaded(await loadApiTokens(app().ctx, locals.actor)),
	scopes: API_TOKEN_SCOPES,
	done: url.searchParams.get('klart')
});

export const actions: Actions = {
	// The token is in this one answer only: it is not stored, so it can never be shown again.
	create: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await createApiToken(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		return { created: result.value };
	},
	revoke: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await revokeApiToken(app().ctx, locals.actor, values);
		if (!result.ok && result.error.code !== 'conflict') return failFromUseCase(result.error, values);
		redirect(303, '/hantera/api-nycklar?klart=aterkallad');
	}
};
