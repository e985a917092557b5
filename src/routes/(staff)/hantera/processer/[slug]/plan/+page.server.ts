import { parseLinks } from '$lib/domain/plan/plan';
import { loadPlanForStaff } from '$lib/server/plan-routes';
import { app } from '$lib/server/app';
import { findCarryOver } from '$lib/server/modules/learning/queries/learning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { process, plan, canRevise } = await loadPlanForStaff(locals, params.slug);
	const { id: _id, organisationId: _o, population: _p, ...shown } = process;
	return {
		process: shown,
		plan,
		links: parseLinks(plan.sections.context.links),
		canRevise,
		carryOver: await findCarryOver(app().database.db, process.id)
	};
};
