import { json } from '@sveltejs/kit';
import { isMessageKey, translator } from '$lib/i18n';
import { apiError, submissionLimited } from '$lib/server/api';
import { app } from '$lib/server/app';
import { argueProposal } from '$lib/server/use-cases/draft-proposal';
import type { RequestHandler } from './$types';

/** `POST {side: "for"|"against", text}` → 201 `{id, source}`: a public argument on a proposal. */
export const POST: RequestHandler = async ({ request, locals, params, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const limited = submissionLimited(app().limits.submissions, getClientAddress(), locals.locale);
	if (limited) return limited;
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ error: { code: 'invalid_json', message: 'The body must be JSON.' } }, { status: 400 });
	}
	// The API is the public's channel: a signed-in member argues through the pages.
	const result = await argueProposal(app().ctx, { kind: 'anonymous' }, { slug: params.slug, organisationId: locals.organisation.id }, params.id, body);
	if (result.ok) return json(result.value, { status: 201 });
	const t = translator(locals.locale);
	switch (result.error.code) {
		case 'invalid':
			return json(
				{ error: { code: 'invalid', message: t('api.invalid'), fields: result.error.fields.map((f) => ({ field: f.field, code: f.message, message: isMessageKey(f.message) ? t(f.message) : f.message })) } },
				{ status: 422 }
			);
		case 'forbidden':
			return json({ error: { code: 'phase_closed', message: t('wg.api.closed') } }, { status: 409 });
		default:
			return apiError(404, 'not_found', 'api.notFound', locals.locale);
	}
};
