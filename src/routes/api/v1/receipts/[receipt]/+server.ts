import { json } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { findByReceipt } from '$lib/server/db/queries/perspectives';
import type { RequestHandler } from './$types';

/** The perspective behind a receipt and how far it has come. Never contact details or self-description. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const code = normaliseReceipt(params.receipt);
	const view = code ? await findByReceipt(app().database.db, code) : null;
	if (!view || view.process.organisationId !== locals.organisation?.id) return apiError(404, 'not_found', 'api.receiptNotFound', locals.locale);
	const p = view.perspective;
	return json(
		{
			receipt: p.receipt,
			text: p.status === 'visible' ? p.text : null,
			channel: p.channel,
			receivedAt: p.createdAt.toISOString(),
			status: p.status !== 'visible' ? p.status : view.theme ? 'in_theme' : 'received',
			hiddenReason: p.hiddenReason,
			theme: view.theme,
			process: { slug: view.process.slug, title: view.process.title, question: view.process.question, currentPhase: view.process.currentPhase },
			willHearBack: view.hasContact
		},
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
