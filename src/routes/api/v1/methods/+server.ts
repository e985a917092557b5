import { json } from '@sveltejs/kit';
import { methodListSchema, toMethodResource } from '$lib/schemas/api';
import { API_HEADERS } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadMethodsCatalogue } from '$lib/server/modules/planning';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const { methods } = await loadMethodsCatalogue(app().ctx, locals.actor, {
		organisationId: locals.organisation?.id ?? null
	});
	return json(methodListSchema.parse({ methods: methods.map(toMethodResource) }), { headers: API_HEADERS });
};
