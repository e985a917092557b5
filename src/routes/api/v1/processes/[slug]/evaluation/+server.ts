import { json } from '@sveltejs/kit';
import { evaluationApiSchema } from '$lib/schemas/learning-api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { evaluationForApi } from '$lib/server/learning-api';
import type { RequestHandler } from './$types';

/** The evaluation survey's results per audience once it is closed; small groups suppressed; never comments. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const result = locals.organisation
		? await evaluationForApi(app().ctx, { organisationId: locals.organisation.id, slug: params.slug })
		: null;
	if (!result?.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	return json(evaluationApiSchema.parse(result.value), { headers: API_HEADERS });
};
