import { json } from '@sveltejs/kit';
import { processListSchema, toProcessSummary } from '$lib/schemas/api';
import { API_HEADERS } from '$lib/server/api';
import { app } from '$lib/server/app';
import { listProcesses } from '$lib/server/modules/process/queries/processes';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const processes = locals.organisation
		? await listProcesses(app().database.db, locals.organisation.id, 'published')
		: [];
	return json(processListSchema.parse({ processes: processes.map(toProcessSummary) }), { headers: API_HEADERS });
};
