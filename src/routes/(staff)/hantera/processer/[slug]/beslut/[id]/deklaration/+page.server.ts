import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { composeDecisionDeclaration } from '$lib/server/modules/decision';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const result = await composeDecisionDeclaration(app().ctx, locals.actor, params.slug, params.id, locals.locale);
	if (!result.ok)
		error(result.error.code === 'forbidden' ? 403 : 404, {
			message: result.error.code === 'forbidden' ? 'Forbidden' : 'Not found',
			code: result.error.code
		});
	return result.value;
};
