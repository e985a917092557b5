import { json } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { statementCreatedSchema } from '$lib/schemas/statements';
import { apiError, invalidResponse, readJson, submissionLimited } from '$lib/server/api';
import { app } from '$lib/server/app';
import { participantToken } from '$lib/server/auth/participant-token';
import { submitStatement } from '$lib/server/modules/statements';
import type { RequestHandler } from './$types';

/** `POST {text}` → 201 `{id, status: "pending", message}`: the statement waits for moderation. */
export const POST: RequestHandler = async ({ request, locals, params, cookies, url, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const limited = submissionLimited(app().limits.submissions, getClientAddress(), locals.locale);
	if (limited) return limited;
	const read = await readJson(request, locals.locale);
	if (!read.ok) return read.response;
	const token = participantToken(cookies, url.protocol === 'https:');
	const result = await submitStatement(
		app().ctx,
		{ organisationId: locals.organisation.id, slug: params.slug, token },
		read.body
	);
	if (result.ok)
		return json(
			statementCreatedSchema.parse({
				id: result.value.id,
				status: 'pending',
				message: translator(locals.locale)('api.statementPending')
			}),
			{ status: 201 }
		);
	switch (result.error.code) {
		case 'invalid':
			return invalidResponse(result.error.fields, locals.locale);
		case 'closed':
			return apiError(409, 'statements_closed', 'api.statementsClosed', locals.locale);
		default:
			return apiError(404, 'not_found', 'api.notFound', locals.locale);
	}
};
