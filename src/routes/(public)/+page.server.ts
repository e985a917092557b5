import { app } from '$lib/server/app';
import { listPublicProcesses } from '$lib/server/modules/process';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const processes = await listPublicProcesses(app().ctx, { organisationId: locals.organisation?.id ?? null });
	return {
		processes: processes.map((p) => ({
			slug: p.slug,
			title: p.title,
			question: p.question,
			currentPhase: p.currentPhase,
			currentSchedule: p.schedule.find((s) => s.phase === p.currentPhase) ?? null
		}))
	};
};
