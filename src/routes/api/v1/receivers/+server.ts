import { staffApiAnswer } from '$lib/server/api';
import { app } from '$lib/server/app';
import { readReceiversForApi } from '$lib/server/modules/routing';
import type { RequestHandler } from './$types';

/** Staff (`perspective.read`): the organisation's receivers to pass inputs on to. */
export const GET: RequestHandler = async ({ locals }) =>
	staffApiAnswer(await readReceiversForApi(app().ctx, locals.actor), locals.locale);
