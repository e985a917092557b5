import { loadPlanForStaff, planItemActions } from '$lib/server/plan-routes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, plan, canRevise } = await loadPlanForStaff(locals, params.slug);
	return {
		process: { slug: process.slug, title: process.title, question: process.question },
		plan,
		canRevise,
		saved: url.searchParams.get('sparad')
	};
};

export const actions: Actions = planItemActions('actorGroup', 'aktorer');
