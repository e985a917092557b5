import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import type { UseCaseError } from '$lib/server/modules/context';
import {
	hideProposalArgument,
	withdrawProposalWithReason,
	loadStaffProposal,
	addCommitment,
	changeCommitmentStatus
} from '$lib/server/modules/cocreation';
import type { Result } from '$lib/kernel/result';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { permissions, ...page } = loaded(await loadStaffProposal(app().ctx, locals.actor, params.slug, params.id));
	return {
		...page,
		canCommit: permissions['commitment.manage'],
		canModerate: permissions['proposal.moderate'],
		done: url.searchParams.get('klart')
	};
};

async function run(form: string, values: Record<string, unknown>, result: Result<unknown, UseCaseError>, to: string) {
	if (!result.ok) {
		if (result.error.code === 'invalid') return fail(400, { form, values, errors: result.error.fields });
		return failFromUseCase(result.error, values);
	}
	redirect(303, to);
}

export const actions: Actions = {
	commitment: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'commitment',
			values,
			await addCommitment(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=atagande#commitments-heading`
		);
	},
	status: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'status',
			values,
			await changeCommitmentStatus(app().ctx, locals.actor, params.slug, values),
			`?klart=status#commitments-heading`
		);
	},
	hide: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run('hide', values, await hideProposalArgument(app().ctx, locals.actor, params.slug, values), `?klart=dolt`);
	},
	withdraw: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'withdraw',
			values,
			await withdrawProposalWithReason(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=struket`
		);
	}
};
