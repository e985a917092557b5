import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import {
	fixQuestion,
	hideQuestionProposal,
	loadQuestionRounds,
	publishDraftQuestion
} from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, rounds, isPublic, permissions } = loaded(
		await loadQuestionRounds(app().ctx, locals.actor, params.slug)
	);
	return {
		process: { slug: process.slug, title: process.title, question: process.question },
		rounds,
		isPublic,
		canRevise: permissions['plan.revise'],
		canModerate: permissions['question.moderate'],
		done: url.searchParams.get('klart')
	};
};

const back = (slug: string, done: string) => redirect(303, `/hantera/processer/${slug}/plan/fraga?klart=${done}`);

export const actions: Actions = {
	draft: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await publishDraftQuestion(app().ctx, locals.actor, params.slug, values);
		if (!result.ok)
			return result.error.code === 'invalid'
				? fail(400, { values, errors: result.error.fields, target: 'draft' })
				: failFromUseCase(result.error, values);
		back(params.slug, 'drafted');
	},
	hide: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await hideQuestionProposal(app().ctx, locals.actor, params.slug, values);
		if (!result.ok)
			return result.error.code === 'invalid'
				? fail(400, { values, errors: result.error.fields, target: String(values.formulationId ?? '') })
				: failFromUseCase(result.error, values);
		back(params.slug, 'hidden');
	},
	fix: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await fixQuestion(app().ctx, locals.actor, params.slug, values.formulationId);
		if (!result.ok)
			return result.error.code === 'invalid' || result.error.code === 'closed'
				? fail(409, { values, errors: [{ field: 'formulationId', message: 'error.question.choose' }], target: 'fix' })
				: failFromUseCase(result.error, values);
		back(params.slug, 'fixed');
	}
};
