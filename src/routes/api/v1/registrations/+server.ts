import { apiError, staffApiAnswer } from '$lib/server/api';
import { app } from '$lib/server/app';
import { readRegistrationsSince } from '$lib/server/modules/registration';
import type { RequestHandler } from './$types';

/**
 * Staff (`registration.view`, an API token or a session): registrations after `since` (ISO 8601, exclusive),
 * oldest first, at most 1,000 — a records system asks again with the last `registeredAt` it got.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const raw = url.searchParams.get('since');
	const since = raw ? new Date(raw) : null;
	if (raw && (since === null || Number.isNaN(since.getTime())))
		return apiError(400, 'invalid_since', 'api.invalidSince', locals.locale);
	return staffApiAnswer(await readRegistrationsSince(app().ctx, locals.actor, since), locals.locale);
};
