import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { findReport } from '$lib/server/modules/perspectives/queries/reports';
import { renderReportPdf } from '$lib/server/render/report-pdf';
import type { RequestHandler } from './$types';

/** The published perspective report as a PDF, rendered from the same snapshot as the report page. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const db = app().database.db;
	const organisation = locals.organisation;
	const process = organisation ? await findProcessBySlug(db, organisation.id, params.slug) : null;
	if (!organisation || !process || !process.isPublished) error(404, { message: 'Not found', code: 'not_found' });
	const report = await findReport(db, process.id);
	if (!report) error(404, { message: 'Not found', code: 'not_found' });
	const pdf = await renderReportPdf(
		{
			report: report.snapshot,
			publishedAt: report.publishedAt,
			organisationName: organisation.name,
			reportUrl: new URL(`/processer/${process.slug}/rapport`, url).href,
			influence: process.influence
		},
		locals.locale
	);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="perspektivrapport-${process.slug}.pdf"`,
			'cache-control': 'no-cache'
		}
	});
};
