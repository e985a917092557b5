import { json } from '@sveltejs/kit';
import { methodListSchema, toMethodResource } from '$lib/schemas/api';
import { API_HEADERS } from '$lib/server/api';
import { app } from '$lib/server/app';
import { listMethods } from '$lib/server/modules/planning/queries/plan';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const methods = locals.organisation ? await listMethods(app().database.db, locals.organisation.id) : [];
	return json(methodListSchema.parse({ methods: methods.map(toMethodResource) }), { headers: API_HEADERS });
};
