import { staffApiAnswer } from '$lib/server/api';
import { app } from '$lib/server/app';
import { readOutbox } from '$lib/server/modules/notifications';
import type { RequestHandler } from './$types';

/** Staff (`audit.view`): what was sent and is queued, recipients masked, no message bodies. */
export const GET: RequestHandler = async ({ locals }) =>
	staffApiAnswer(await readOutbox(app().ctx, locals.actor), locals.locale);
