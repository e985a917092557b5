import { json } from '@sveltejs/kit';
import { toProcessDetail } from '$lib/schemas/api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadPublicProcess } from '$lib/server/modules/process';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	// Drafts do not exist for the public API, signed in or not (no staff preview here).
	const result = await loadPublicProcess(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	if (!result.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	return json(toProcessDetail(result.value.process), { headers: API_HEADERS });
};
