import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listProcesses } from '$lib/server/modules/process/queries/processes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const processes = locals.organisation ? await listProcesses(app().database.db, locals.organisation.id, 'all') : [];
	return {
		canConfigure: can(locals.actor, 'organisation.configure'),
		processes: processes.map((p) => ({
			slug: p.slug,
			title: p.title,
			currentPhase: p.currentPhase,
			isPublished: p.isPublished,
			updatedAt: p.updatedAt
		}))
	};
};
