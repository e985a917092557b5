import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { findReport } from '$lib/server/modules/perspectives/queries/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	if (!process || !process.isPublished) error(404, { message: 'Not found', code: 'not_found' });
	const report = await findReport(db, process.id);
	if (!report) error(404, { message: 'Not found', code: 'not_found' });
	return { slug: process.slug, influence: process.influence, report: report.snapshot, publishedAt: report.publishedAt };
};
