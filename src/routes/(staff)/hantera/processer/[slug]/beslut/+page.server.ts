import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { listProposals } from '$lib/server/modules/cocreation/queries/cocreation';
import { listDecisions, listImplementation } from '$lib/server/modules/decision/queries/decisions';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase } from '$lib/server/forms';
import { saveDecisionDraft } from '$lib/server/modules/decision';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!can(locals.actor, 'decision.view') || !locals.organisation)
		error(403, { message: 'Forbidden', code: 'forbidden' });
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const [decisions, proposals, items] = await Promise.all([
		listDecisions(db, process.id, 'all'),
		listProposals(db, process.id),
		listImplementation(db, process.id)
	]);
	return {
		process: { slug: process.slug, title: process.title },
		decisions: decisions.map((d) => ({
			id: d.id,
			body: d.body,
			decidedOn: d.decidedOn,
			caseNumber: d.caseNumber,
			minutesParagraph: d.minutesParagraph,
			status: d.status,
			outcomes: d.outcomes
		})),
		proposals: proposals.filter((p) => !p.withdrawnAt).map((p) => ({ id: p.id, title: p.title, what: p.what })),
		implementationItems: items.length,
		canRecord: can(locals.actor, 'decision.record')
	};
};

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const result = await saveDecisionDraft(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/beslut/${result.value.id}?klart=sparat`);
	}
};
