import { json } from '@sveltejs/kit';
import { apiError, invalidResponse, readJson, STAFF_API_HEADERS, staffApiAnswer } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadProcessRoutings, routePerspectives } from '$lib/server/modules/routing';
import type { RequestHandler } from './$types';

/** Staff (`perspective.read`): what was passed on in the process and its status; overdue flagged. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (locals.actor.kind === 'anonymous')
		return staffApiAnswer({ ok: false, error: { code: 'unauthenticated' } }, locals.locale);
	const result = await loadProcessRoutings(app().ctx, locals.actor, params.slug);
	return staffApiAnswer(
		result.ok
			? {
					ok: true,
					value: {
						answerWorkingDays: result.value.answerWorkingDays,
						routings: result.value.routings.map((r) => ({
							id: r.id,
							perspectiveId: r.perspectiveId,
							receiver: r.receiver,
							status: r.status,
							routedAt: r.routedAt.toISOString(),
							dueOn: r.dueOn,
							overdue: r.overdue,
							answer: r.answer ? { text: r.answer.text, by: r.answer.by, at: r.answer.at.toISOString() } : null,
							closedReason: r.closedReason,
							forwardedFromId: r.forwardedFromId
						}))
					}
				}
			: result,
		locals.locale
	);
};

/**
 * Staff (`perspective.route`, a read-write token): `POST {perspectiveId | themeId, receiverId, note?}` passes a
 * perspective, or every visible perspective of a theme, to a receiver → 201 `{routingIds, count}`.
 */
export const POST: RequestHandler = async ({ request, locals, params, url }) => {
	if (locals.actor.kind === 'anonymous')
		return staffApiAnswer({ ok: false, error: { code: 'unauthenticated' } }, locals.locale);
	const read = await readJson(request, locals.locale);
	if (!read.ok) return read.response;
	const body = (read.body && typeof read.body === 'object' ? read.body : {}) as Record<string, unknown>;
	const target =
		typeof body.themeId === 'string' ? { themeId: body.themeId } : { perspectiveId: String(body.perspectiveId ?? '') };
	const result = await routePerspectives(app().ctx, locals.actor, params.slug, target, body, url.origin);
	if (result.ok) return json(result.value, { status: 201, headers: STAFF_API_HEADERS });
	if (result.error.code === 'invalid') return invalidResponse(result.error.fields, locals.locale);
	if (result.error.code === 'forbidden') return staffApiAnswer(result, locals.locale);
	return apiError(404, 'not_found', 'api.notFound', locals.locale);
};
