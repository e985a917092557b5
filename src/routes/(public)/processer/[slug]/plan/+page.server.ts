import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { parseLinks } from '$lib/domain/plan/plan';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { loadPlan, publicPlan } from '$lib/server/modules/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const process = locals.organisation
		? await findProcessBySlug(app().database.db, locals.organisation.id, params.slug)
		: null;
	if (!process || (!process.isPublished && !can(locals.actor, 'staff.view')))
		error(404, { message: 'Not found', code: 'not_found' });
	const plan = publicPlan(await loadPlan(app().database.db, process));
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			isPublished: process.isPublished,
			influence: process.influence,
			participation: process.participation
		},
		plan,
		links: parseLinks(plan.context.links).filter((l) => l.url)
	};
};
