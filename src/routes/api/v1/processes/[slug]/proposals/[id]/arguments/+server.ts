import { json } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { apiError, invalidResponse, readJson, submissionLimited } from '$lib/server/api';
import { app } from '$lib/server/app';
import { argueProposal } from '$lib/server/modules/cocreation';
import type { RequestHandler } from './$types';

/** `POST {side: "for"|"against", text}` → 201 `{id, source}`: a public argument on a proposal. */
export const POST: RequestHandler = async ({ request, locals, params, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const limited = submissionLimited(app().limits.submissions, getClientAddress(), locals.locale);
	if (limited) return limited;
	const read = await readJson(request, locals.locale);
	if (!read.ok) return read.response;
	const body = read.body;
	// The API is the public's channel: a signed-in member argues through the pages.
	const result = await argueProposal(
		app().ctx,
		{ kind: 'anonymous' },
		{ slug: params.slug, organisationId: locals.organisation.id },
		params.id,
		body
	);
	if (result.ok) return json(result.value, { status: 201 });
	const t = translator(locals.locale);
	switch (result.error.code) {
		case 'invalid':
			return invalidResponse(result.error.fields, locals.locale);
		case 'forbidden':
			return json({ error: { code: 'phase_closed', message: t('wg.api.closed') } }, { status: 409 });
		default:
			return apiError(404, 'not_found', 'api.notFound', locals.locale);
	}
};
