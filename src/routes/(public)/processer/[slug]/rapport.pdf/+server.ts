import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicReport } from '$lib/server/modules/perspectives';
import { renderReportPdf } from '$lib/server/render/report-pdf';
import type { RequestHandler } from './$types';

/** The published perspective report as a PDF, rendered from the same snapshot as the report page. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const organisation = locals.organisation;
	if (!organisation) error(404, { message: 'Not found', code: 'not_found' });
	const { process, report } = loaded(
		await loadPublicReport(app().ctx, locals.actor, { organisationId: organisation.id }, params.slug)
	);
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
