import { json } from '@sveltejs/kit';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { findReport } from '$lib/server/modules/perspectives/queries/reports';
import type { RequestHandler } from './$types';

/** The published perspective report: themes, counts, quotes, tensions, reach (small groups suppressed). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	const report = process?.isPublished ? await findReport(db, process.id) : null;
	if (!report) return apiError(404, 'not_found', 'api.reportNotFound', locals.locale);
	return json({ publishedAt: report.publishedAt.toISOString(), ...report.snapshot }, { headers: API_HEADERS });
};
