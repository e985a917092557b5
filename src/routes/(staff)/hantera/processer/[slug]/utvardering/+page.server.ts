import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { failFromUseCase } from '$lib/server/forms';
import { loadEvaluationForStaff, setEvaluationOpen } from '$lib/server/modules/learning';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['opened', 'closed', 'answered'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const result = await loadEvaluationForStaff(app().ctx, locals.actor, params.slug);
	if (!result.ok)
		error(result.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: result.error.code });
	const { process, survey, results, hasAnswered } = result.value;
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title, isPublished: process.isPublished },
		survey,
		results,
		hasAnswered,
		canManage: can(locals.actor, 'evaluation.manage'),
		canAnswer: can(locals.actor, 'evaluation.answerAsStaff'),
		showComments: can(locals.actor, 'evaluation.readComments'),
		done: DONE.find((d) => d === done) ?? null
	};
};

const back = (slug: string, done: (typeof DONE)[number]) => `/hantera/processer/${slug}/utvardering?done=${done}`;

export const actions: Actions = {
	open: async ({ locals, params }) => {
		const result = await setEvaluationOpen(app().ctx, locals.actor, params.slug, true);
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
