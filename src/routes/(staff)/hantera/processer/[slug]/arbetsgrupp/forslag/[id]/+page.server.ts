import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase } from '$lib/server/forms';
import type { UseCaseError } from '$lib/server/modules/context';
import {
	hideProposalArgument,
	withdrawProposalWithReason,
	loadWorkingGroup,
	addCommitment,
	changeCommitmentStatus
} from '$lib/server/modules/cocreation';
import type { Result } from '$lib/kernel/result';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'workingGroup.view') || locals.actor.kind !== 'staff' || !locals.organisation)
		deny('workingGroup.view');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const group = await loadWorkingGroup(db, process, 'staff');
	const proposal = group.proposals.find((p) => p.id === params.id);
	if (!proposal) error(404, { message: 'Not found', code: 'not_found' });
	return {
		process: { slug: process.slug, title: process.title },
		proposal,
		dotsPerMember: group.dotsPerMember,
		canCommit: can(locals.actor, 'commitment.manage') && !proposal.withdrawnAt,
		canModerate: can(locals.actor, 'proposal.moderate'),
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
