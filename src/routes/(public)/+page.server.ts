import { app } from '$lib/server/app';
import { listProcesses } from '$lib/server/modules/process/queries/processes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.organisation) return { processes: [] };
	const processes = await listProcesses(app().database.db, locals.organisation.id, 'published');
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
