import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { takesProposals } from '$lib/domain/plan/question';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { fixQuestion, hideQuestionProposal, loadRounds, publishDraftQuestion } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'plan.read') || !locals.organisation) deny('plan.read');
	const process = await findProcessBySlug(app().database.db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const rounds = await loadRounds(app().ctx, process.id);
	return {
		process: { slug: process.slug, title: process.title, question: process.question },
		rounds,
		isPublic: takesProposals(process.currentPhase, process.isPublished, rounds),
		canRevise: can(locals.actor, 'plan.revise'),
		canModerate: can(locals.actor, 'question.moderate'),
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
