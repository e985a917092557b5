import { json } from '@sveltejs/kit';
import { lessonListApiSchema } from '$lib/schemas/learning-api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { lessonsForApi } from '$lib/server/learning-api';
import type { RequestHandler } from './$types';

/** The lessons staff published: what worked, what did not, what to do next time. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const result = locals.organisation
		? await lessonsForApi(app().ctx, { organisationId: locals.organisation.id, slug: params.slug })
		: null;
	if (!result?.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	return json(lessonListApiSchema.parse(result.value), { headers: API_HEADERS });
};
