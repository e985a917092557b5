import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { interviewProgress } from '$lib/domain/perspective/interview';
import { isCollecting } from '$lib/domain/perspective/perspective';
import { app } from '$lib/server/app';
import { listInterviews, listInterviewTargets } from '$lib/server/modules/perspectives/queries/interviews';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { addInterviewTarget, withdrawTarget } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'perspective.read') || !locals.organisation) deny('perspective.read');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const targets = await listInterviewTargets(db, process.id);
	const interviews = await listInterviews(db, process.id);
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		progress: interviewProgress(targets, interviews),
		withdrawn: targets
			.filter((t) => t.withdrawnAt !== null)
			.map((t) => ({ name: t.name, withdrawnAt: t.withdrawnAt! })),
		interviews: interviews.map((i) => ({
			id: i.id,
			targetName: i.targetName,
			heldOn: i.heldOn,
			mayQuote: i.mayQuote,
			interviewer: i.interviewer,
			perspectiveCount: i.perspectiveCount
		})),
		canPlan: can(locals.actor, 'interview.plan'),
		canRecord: can(locals.actor, 'perspective.record') && isCollecting(process.currentPhase),
		done: url.searchParams.get('klart')
	};
};

export const actions: Actions = {
	target: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await addInterviewTarget(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'target', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/intervjuer?klart=grupp`);
	},
	withdraw: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await withdrawTarget(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'withdraw', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/intervjuer?klart=struken`);
	}
};
