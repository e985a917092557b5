import { json } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { apiError, invalidResponse, readJson, staffApiAnswer, submissionLimited } from '$lib/server/api';
import { app } from '$lib/server/app';
import { readPerspectivesForStaffApi, submitPerspective } from '$lib/server/modules/perspectives';
import type { RequestHandler } from './$types';

/** Staff view (an API token or a staff session): every perspective, hidden ones with their reason; no personal data. */
export const GET: RequestHandler = async ({ locals, params }) =>
	staffApiAnswer(await readPerspectivesForStaffApi(app().ctx, locals.actor, params.slug), locals.locale);

/**
 * `POST {text, themeId?, contact?: {email?, phone?}, language?, profile?}` → 201 `{id, receipt, receiptUrl}`. With a
 * contact, the receipt is sent by mail or SMS in `language` (default: the request's language).
 */
export const POST: RequestHandler = async ({ request, locals, params, url, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const limited = submissionLimited(app().limits.submissions, getClientAddress(), locals.locale);
	if (limited) return limited;
	const read = await readJson(request, locals.locale);
	if (!read.ok) return read.response;
	const body = read.body;
	const result = await submitPerspective(
		app().ctx,
		{ organisationId: locals.organisation.id, slug: params.slug, language: locals.locale, publicUrl: url.origin },
		body
	);
	if (result.ok) {
		const receiptUrl = `${url.origin}/kvitto/${result.value.receipt}`;
		return json({ ...result.value, receiptUrl }, { status: 201, headers: { location: receiptUrl } });
	}
	const t = translator(locals.locale);
	switch (result.error.code) {
		case 'phase_closed':
			return json(
				{ error: { code: 'phase_closed', message: t('api.phaseClosed'), phase: result.error.phase } },
				{ status: 409 }
			);
		case 'invalid':
			return invalidResponse(result.error.fields, locals.locale);
		default:
			return apiError(404, 'not_found', 'api.notFound', locals.locale);
	}
};
