import { json } from '@sveltejs/kit';
import { implementationListSchema } from '$lib/schemas/decision-api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { loadPublicImplementation } from '$lib/server/modules/decision';
import type { RequestHandler } from './$types';

/** Implementation items of adopted proposals, with milestones and status updates. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	if (!process?.isPublished) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const items = await loadPublicImplementation(db, process, app().ctx.now().toISOString().slice(0, 10));
	const body = implementationListSchema.parse({
		items: items.map((i) => ({
			...i,
			decision: i.decision!,
			updates: i.updates.map((u) => ({ ...u, at: u.at.toISOString() }))
		}))
	});
	return json(body, { headers: API_HEADERS });
};
