import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { allocateDots, assessProposal, loadPrioritising } from '$lib/server/modules/cocreation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const result = await loadPrioritising(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	// Only the group's own members prioritise; anyone else is sent to the group's public page.
	if (!result.ok && result.error.code === 'not_member') redirect(303, `/processer/${params.slug}/arbetsgrupp`);
	return { ...loaded(result), done: url.searchParams.get('klart') };
};

export const actions: Actions = {
	dots: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const result = await allocateDots(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'dots', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `?klart=prickar`);
	},
	assess: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const proposalId = typeof values.proposalId === 'string' ? values.proposalId : '';
		const result = await assessProposal(app().ctx, locals.actor, params.slug, proposalId, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: 'assess', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `?klart=bedomning#assess-${proposalId}`);
	}
};
