import { json } from '@sveltejs/kit';
import { voteRecordedSchema } from '$lib/schemas/statements';
import { apiError, invalidResponse, rateLimitedResponse, readJson } from '$lib/server/api';
import { app } from '$lib/server/app';
import { participantToken } from '$lib/server/auth/participant-token';
import { residentPseudonym } from '$lib/server/modules/identity';
import { noteDenied } from '$lib/server/security/access-denied';
import { admitVote, castVote, participantKeyOf } from '$lib/server/modules/statements';
import type { RequestHandler } from './$types';

/** `POST {statementId, vote}` → 201 (first vote) or 200 (replaced an earlier vote; the last vote wins). */
export const POST: RequestHandler = async ({ request, locals, params, cookies, url, getClientAddress }) => {
	if (!locals.organisation) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const read = await readJson(request, locals.locale);
	if (!read.ok) return read.response;
	const token = participantToken(cookies, url.protocol === 'https:');
	const pseudonym = await residentPseudonym(app().ctx, cookies, locals.organisation.id);
	const target = { organisationId: locals.organisation.id, slug: params.slug, token, pseudonym };
	// Votes per participant and address, and new participants per address, are limited (RATE_LIMIT_VOTES, _PARTICIPANTS).
	const admitted = await admitVote(app().ctx, app().limits.votes, {
		address: getClientAddress(),
		participantKey: participantKeyOf(target)
	});
	if (!admitted.allowed) return rateLimitedResponse(admitted.retryAfterSeconds, 'api.rateLimitedVotes', locals.locale);
	const result = await castVote(app().ctx, target, read.body);
	if (result.ok)
		return json(voteRecordedSchema.parse(result.value), {
			status: result.value.replaced ? 200 : 201,
			headers: { 'cache-control': 'no-store' }
		});
	switch (result.error.code) {
		case 'invalid':
			return invalidResponse(result.error.fields, locals.locale);
		case 'closed':
			return apiError(409, 'statements_closed', 'api.statementsClosed', locals.locale);
		case 'verification_required':
			// One person, one vote: the resident verifies in the browser first (`/verifiera?process=<slug>`).
			noteDenied('statement.vote.verified');
			return apiError(403, 'verification_required', 'api.verificationRequired', locals.locale);
		case 'statement_not_found':
			return apiError(404, 'statement_not_found', 'api.statementNotFound', locals.locale);
		default:
			return apiError(404, 'not_found', 'api.notFound', locals.locale);
	}
};
