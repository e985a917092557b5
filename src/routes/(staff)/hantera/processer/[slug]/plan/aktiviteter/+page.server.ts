import { isEmptyAnswers, suggestMethods } from '$lib/domain/plan/chooser';
import { chooserAnswersFrom } from '$lib/schemas/plan-input';
import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPlanActivities } from '$lib/server/modules/planning';
import { planItemActions } from '$lib/server/plan-routes';
import type { Actions, PageServerLoad } from './$types';

/** Keeps the chooser's answers and preselects the method in the add form. */
function addHref(url: URL, key: string): string {
	const params = new URLSearchParams(url.searchParams);
	params.set('metod', key);
	return `?${params}#add-heading`;
}

/** The chooser is a GET form on this page: its answers are in the address, so suggestions work without JS. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, plan, permissions, catalogue } = loaded(
		await loadPlanActivities(app().ctx, locals.actor, params.slug)
	);
	const answers = chooserAnswersFrom(url.searchParams);
	const suggestions = isEmptyAnswers(answers) ? null : suggestMethods(catalogue, answers).slice(0, 6);
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		plan,
		canRevise: permissions['plan.revise'],
		methods: catalogue.map((m) => ({ key: m.key, name: m.name })),
		saved: url.searchParams.get('sparad'),
		answers,
		preselected: catalogue.find((m) => m.key === url.searchParams.get('metod'))?.key ?? null,
		suggestions:
			suggestions?.map((s) => ({
				key: s.method.key,
				name: s.method.name,
				score: s.score,
				reasons: s.reasons,
				addHref: addHref(url, s.method.key)
			})) ?? null
	};
};

export const actions: Actions = planItemActions('activity', 'aktiviteter');
