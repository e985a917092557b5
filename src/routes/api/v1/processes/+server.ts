import { json } from '@sveltejs/kit';
import { processListSchema, toProcessSummary } from '$lib/schemas/api';
import { API_HEADERS } from '$lib/server/api';
import { app } from '$lib/server/app';
import { listPublicProcesses } from '$lib/server/modules/process';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const processes = await listPublicProcesses(app().ctx, { organisationId: locals.organisation?.id ?? null });
	return json(processListSchema.parse({ processes: processes.map(toProcessSummary) }), { headers: API_HEADERS });
};
