import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { CRITERIA } from '$lib/domain/cocreation/proposal';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { listAssessments, listDotVotes } from '$lib/server/modules/cocreation/queries/cocreation';
import { failFromUseCase } from '$lib/server/forms';
import { loadWorkingGroup, allocateDots, assessProposal } from '$lib/server/modules/cocreation';
import { publicProcess } from '../load';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, isMember } = await publicProcess(locals, params.slug);
	// Only the group's own members prioritise; anyone else is sent to the group's public page.
	if (!isMember || locals.actor.kind !== 'member') redirect(303, `/processer/${params.slug}/arbetsgrupp`);
	if (!can(locals.actor, 'proposal.dotVote', { phase: process.currentPhase })) deny('proposal.dotVote');
	const db = app().database.db;
	const group = await loadWorkingGroup(db, process, 'member');
	const open = group.proposals.filter((p) => !p.withdrawnAt);
	const memberId = locals.actor.memberId;
	const mine = (
		await listDotVotes(
			db,
			open.map((p) => p.id)
		)
	).filter((v) => v.memberId === memberId);
	const assessed = (
		await listAssessments(
			db,
			open.map((p) => p.id)
		)
	).filter((a) => a.memberId === memberId);
	return {
		process: { slug: process.slug, title: process.title },
		dotsPerMember: group.dotsPerMember,
		proposals: open.map((p) => ({
			id: p.id,
			title: p.title,
			what: p.what,
			dots: mine.find((v) => v.proposalId === p.id)?.dots ?? 0,
			scores: Object.fromEntries(
				CRITERIA.map((c) => [c, assessed.find((a) => a.proposalId === p.id)?.[c] ?? null])
			) as Record<(typeof CRITERIA)[number], number | null>
		})),
		done: url.searchParams.get('klart')
	};
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
