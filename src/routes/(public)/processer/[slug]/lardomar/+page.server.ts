import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { loadLessonsPage } from '$lib/server/modules/learning';
import type { PageServerLoad } from './$types';

/** Public once at least one lesson is marked public (in any phase); before that the page does not exist. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const result = await loadLessonsPage(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	if (!result.ok) error(404, { message: 'Not found', code: 'not_found' });
	return result.value;
};
