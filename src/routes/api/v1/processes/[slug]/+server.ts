import { json } from '@sveltejs/kit';
import { toProcessDetail } from '$lib/schemas/api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const process = locals.organisation
		? await findProcessBySlug(app().database.db, locals.organisation.id, params.slug)
		: null;
	// Drafts do not exist for the public API, signed in or not.
	if (!process || !process.isPublished) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	return json(toProcessDetail(process), { headers: API_HEADERS });
};
