import { parseLinks } from '$lib/domain/plan/plan';
import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPlanOverview } from '$lib/server/modules/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { process, plan, permissions, carryOver } = loaded(
		await loadPlanOverview(app().ctx, locals.actor, params.slug)
	);
	const { id: _id, organisationId: _o, population: _p, ...shown } = process;
	return {
		process: shown,
		plan,
		links: parseLinks(plan.sections.context.links),
		canRevise: permissions['plan.revise'],
		carryOver
	};
};
