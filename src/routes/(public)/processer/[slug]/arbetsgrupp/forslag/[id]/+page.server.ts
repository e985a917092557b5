import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase } from '$lib/server/forms';
import { argueProposal, loadWorkingGroup } from '$lib/server/modules/cocreation';
import { publicProcess } from '../../load';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, isMember } = await publicProcess(locals, params.slug);
	const group = await loadWorkingGroup(app().database.db, process, isMember ? 'member' : 'public');
	const proposal = group.proposals.find((p) => p.id === params.id);
	if (!proposal) error(404, { message: 'Not found', code: 'not_found' });
	const phase = { phase: process.currentPhase };
	return {
		process: { slug: process.slug, title: process.title },
		proposal,
		isMember,
		canArgue: isMember
			? can(locals.actor, 'proposal.argue', phase)
			: locals.actor.kind === 'anonymous' && can(locals.actor, 'proposal.argueInPublic', phase),
		done: url.searchParams.get('klart')
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		const values = await readForm(request);
		// Anonymous arguments share the submission limit; members argue as themselves.
		if (locals.actor.kind === 'anonymous' && !app().limits.submissions.hit(getClientAddress()).allowed) {
			return fail(429, { values, errors: [{ field: 'text', message: 'error.rateLimited.submission' }] });
		}
		const result = await argueProposal(
			app().ctx,
			locals.actor,
			{ slug: params.slug, organisationId: locals.organisation?.id ?? null },
			params.id,
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `?klart=argument#arguments-heading`);
	}
};
