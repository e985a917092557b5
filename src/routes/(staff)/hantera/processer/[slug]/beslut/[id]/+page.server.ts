import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { checkPublishable } from '$lib/domain/decision/decision';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { listProposals } from '$lib/server/modules/cocreation/queries/cocreation';
import { findDecision, listContactsTouchedBy } from '$lib/server/modules/decision/queries/decisions';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase } from '$lib/server/forms';
import { publishDecision, saveDecisionDraft } from '$lib/server/modules/decision';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['sparat', 'publicerat'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'decision.view') || !locals.organisation)
		error(403, { message: 'Forbidden', code: 'forbidden' });
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const decision = /^[0-9a-f-]{36}$/i.test(params.id) ? await findDecision(db, process.id, params.id) : null;
	if (!decision) error(404, { message: 'Not found', code: 'not_found' });
	const [proposals, contacts] = await Promise.all([
		listProposals(db, process.id),
		listContactsTouchedBy(
			db,
			process.id,
			decision.outcomes.map((o) => o.proposalId)
		)
	]);
	const isDraft = decision.status === 'draft';
	return {
		process: { slug: process.slug, title: process.title },
		decision: { ...decision, publishedAt: decision.publishedAt, createdAt: undefined, updatedAt: undefined },
		stored: {
			body: decision.body,
			bodyKind: decision.bodyKind,
			decidedOn: decision.decidedOn,
			caseNumber: decision.caseNumber,
			minutesParagraph: decision.minutesParagraph,
			summary: decision.summary,
			outcome: Object.fromEntries(decision.outcomes.map((o) => [o.proposalId, o.outcome])),
			reasons: Object.fromEntries(decision.outcomes.map((o) => [o.proposalId, o.reasons]))
		},
		proposals: proposals
			.filter((p) => !p.withdrawnAt || decision.outcomes.some((o) => o.proposalId === p.id))
			.map((p) => ({ id: p.id, title: p.title, what: p.what })),
		problems: isDraft ? checkPublishable(decision) : [],
		contacts: contacts.length,
		canRevise: isDraft && can(locals.actor, 'decision.record'),
		canPublish: isDraft && can(locals.actor, 'decision.publish'),
		done: DONE.find((d) => d === url.searchParams.get('klart')) ?? null
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const result = await saveDecisionDraft(app().ctx, locals.actor, params.slug, values, params.id);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'save', values, errors: result.error.fields });
			if (result.error.code === 'conflict')
				return fail(409, { form: 'save', values, errors: [{ field: 'body', message: 'error.decision.published' }] });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/beslut/${params.id}?klart=sparat`);
	},
	publish: async ({ locals, params, url }) => {
		const result = await publishDecision(app().ctx, locals.actor, params.slug, params.id, url.origin);
		if (!result.ok) {
			if (result.error.code === 'invalid')
				return fail(400, { form: 'publish', values: null, errors: result.error.fields });
			if (result.error.code === 'conflict')
				return fail(409, {
					form: 'publish',
					values: null,
					errors: [{ field: 'publish', message: 'error.decision.published' }]
				});
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}/beslut/${params.id}?klart=publicerat`);
	}
};
