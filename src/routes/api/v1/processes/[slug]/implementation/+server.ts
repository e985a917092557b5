import { json } from '@sveltejs/kit';
import { implementationListSchema } from '$lib/schemas/decision-api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadImplementationPage } from '$lib/server/modules/decision';
import type { RequestHandler } from './$types';

/** Implementation items of adopted proposals, with milestones and status updates. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = await loadImplementationPage(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	if (!found.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const { items } = found.value;
	const body = implementationListSchema.parse({
		items: items.map((i) => ({
			...i,
			decision: i.decision!,
			updates: i.updates.map((u) => ({ ...u, at: u.at.toISOString() }))
		}))
	});
	return json(body, { headers: API_HEADERS });
};
