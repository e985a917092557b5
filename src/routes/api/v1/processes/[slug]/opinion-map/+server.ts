import { json } from '@sveltejs/kit';
import { opinionMapSchema } from '$lib/schemas/statements';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { toOpinionMapApi } from '$lib/server/statements-api';
import { loadOpinionMap } from '$lib/server/modules/statements';
import type { RequestHandler } from './$types';

/** The latest computed opinion map (groups by their statements, consensus, divisive) and when it was computed. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const result = await loadOpinionMap(app().ctx, locals.organisation.id, params.slug);
	if (!result.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	return json(opinionMapSchema.parse(toOpinionMapApi(result.value)), { headers: API_HEADERS });
};
