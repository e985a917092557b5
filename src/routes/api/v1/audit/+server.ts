import { staffApiAnswer } from '$lib/server/api';
import { app } from '$lib/server/app';
import { readAuditLog } from '$lib/server/modules/records';
import type { RequestHandler } from './$types';

/** Staff (`audit.view`): the organisation's audit log, newest first (`?limit=` up to 500, default 200). */
export const GET: RequestHandler = async ({ locals, url }) =>
	staffApiAnswer(
		await readAuditLog(app().ctx, locals.actor, { limit: Number(url.searchParams.get('limit')) || undefined }),
		locals.locale
	);
