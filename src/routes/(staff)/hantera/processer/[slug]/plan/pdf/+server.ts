import { renderPlanPdf } from '$lib/server/plan-pdf';
import { loadPlanForStaff } from '$lib/server/plan-routes';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { process, plan } = await loadPlanForStaff(locals, params.slug);
	const pdf = await renderPlanPdf(process, plan, locals.locale, new Date());
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="dialogplan-${process.slug}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
