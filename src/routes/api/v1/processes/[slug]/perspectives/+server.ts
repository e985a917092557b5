import { json } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { isMessageKey } from '$lib/i18n';
import { apiError, submissionLimited } from '$lib/server/api';
import { app } from '$lib/server/app';
import { submitPerspective } from '$lib/server/use-cases/submit-perspective';
import type { RequestHandler } from './$types';

/** `POST {text, themeId?, contact?, profile?}` → 201 `{id, receipt, receiptUrl}`. */
export const POST: RequestHandler = async ({ request, locals, params, url, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const limited = submissionLimited(app().limits.submissions, getClientAddress(), locals.locale);
	if (limited) return limited;
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ error: { code: 'invalid_json', message: 'The body must be JSON.' } }, { status: 400 });
	}
	const result = await submitPerspective(app().ctx, { organisationId: locals.organisation.id, slug: params.slug }, body);
	if (result.ok) {
		const receiptUrl = `${url.origin}/kvitto/${result.value.receipt}`;
		return json({ ...result.value, receiptUrl }, { status: 201, headers: { location: receiptUrl } });
	}
	const t = translator(locals.locale);
	switch (result.error.code) {
		case 'phase_closed':
			return json({ error: { code: 'phase_closed', message: t('api.phaseClosed'), phase: result.error.phase } }, { status: 409 });
		case 'invalid':
			return json(
				{
					error: {
						code: 'invalid',
						message: t('api.invalid'),
						fields: result.error.fields.map((f) => ({ field: f.field.replace(/-/g, '.'), code: f.message, message: isMessageKey(f.message) ? t(f.message) : f.message }))
					}
				},
				{ status: 422 }
			);
		default:
			return apiError(404, 'not_found', 'api.notFound', locals.locale);
	}
};
