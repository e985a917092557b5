import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { loadEvaluationForStaff, setEvaluationOpen } from '$lib/server/modules/learning';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['opened', 'closed', 'answered'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, survey, results, hasAnswered, permissions } = loaded(
		await loadEvaluationForStaff(app().ctx, locals.actor, params.slug)
	);
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title, isPublished: process.isPublished },
		survey,
		results,
		hasAnswered,
		canManage: permissions['evaluation.manage'],
		canAnswer: permissions['evaluation.answerAsStaff'],
		showComments: permissions['evaluation.readComments'],
		done: DONE.find((d) => d === done) ?? null
	};
};

const back = (slug: string, done: (typeof DONE)[number]) => `/hantera/processer/${slug}/utvardering?done=${done}`;

export const actions: Actions = {
	open: async ({ locals, params, url }) => {
		const result = await setEvaluationOpen(app().ctx, locals.actor, params.slug, true, url.origin);
		if (!result.ok && result.error.code === 'not_published') return fail(409, { notPublished: true });
		if (!result.ok && result.error.code !== 'unchanged') return failFromUseCase(result.error, {});
		redirect(303, back(params.slug, 'opened'));
	},
	close: async ({ locals, params }) => {
		const result = await setEvaluationOpen(app().ctx, locals.actor, params.slug, false);
		if (!result.ok && result.error.code !== 'unchanged') return failFromUseCase(result.error, {});
		redirect(303, back(params.slug, 'closed'));
	}
};
