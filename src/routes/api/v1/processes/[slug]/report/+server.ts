import { json } from '@sveltejs/kit';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadPublicReport } from '$lib/server/modules/perspectives';
import type { RequestHandler } from './$types';

/** The published perspective report: themes, counts, quotes, tensions, reach (small groups suppressed). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = await loadPublicReport(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	if (!found.ok) return apiError(404, 'not_found', 'api.reportNotFound', locals.locale);
	const { report } = found.value;
	return json({ publishedAt: report.publishedAt.toISOString(), ...report.snapshot }, { headers: API_HEADERS });
};
