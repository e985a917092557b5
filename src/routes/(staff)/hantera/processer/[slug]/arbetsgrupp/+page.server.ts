import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import type { UseCaseError } from '$lib/server/modules/context';
import {
	addMember,
	inviteMember,
	setDotsPerMember,
	withdrawGroupMember,
	draftProposal,
	loadStaffWorkingGroup,
	planSession
} from '$lib/server/modules/cocreation';
import type { Result } from '$lib/kernel/result';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { permissions, ...page } = loaded(await loadStaffWorkingGroup(app().ctx, locals.actor, params.slug));
	return {
		...page,
		canCompose: permissions['workingGroup.compose'],
		canPlan: permissions['session.plan'],
		canDraft: permissions['proposal.draft'],
		done: url.searchParams.get('klart')
	};
};

async function run(
	form: string,
	values: Record<string, unknown>,
	result: Result<unknown, UseCaseError | { code: string }>,
	to: string
) {
	if (!result.ok) {
		if (result.error.code === 'invalid')
			return fail(400, { form, values, errors: (result.error as Extract<UseCaseError, { code: 'invalid' }>).fields });
		return failFromUseCase(result.error, values);
	}
	redirect(303, to);
}

export const actions: Actions = {
	member: async ({ request, locals, params, url }) => {
		const values = await readForm(request, ['themeIds', 'groups']);
		const result = await addMember(app().ctx, locals.actor, params.slug, values, url.origin);
		return run(
			'member',
			values,
			result,
			`/hantera/processer/${params.slug}/arbetsgrupp?klart=${result.ok && result.value.invited ? 'inbjuden' : 'medlem'}#members-heading`
		);
	},
	invite: async ({ request, locals, params, url }) => {
		const values = await readForm(request);
		return run(
			'invite',
			values,
			await inviteMember(app().ctx, locals.actor, params.slug, values, url.origin),
			`/hantera/processer/${params.slug}/arbetsgrupp?klart=inbjuden`
		);
	},
	withdraw: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'withdraw',
			values,
			await withdrawGroupMember(app().ctx, locals.actor, params.slug, values),
			`/hantera/processer/${params.slug}/arbetsgrupp?klart=struken`
		);
	},
	dots: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'dots',
			values,
			await setDotsPerMember(app().ctx, locals.actor, params.slug, values),
			`/hantera/processer/${params.slug}/arbetsgrupp?klart=prickar`
		);
	},
	session: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const result = await planSession(app().ctx, locals.actor, params.slug, values);
		return run(
			'session',
			values,
			result,
			result.ok ? `/hantera/processer/${params.slug}/arbetsgrupp/moten/${result.value.id}?klart=planerat` : ''
		);
	},
	proposal: async ({ request, locals, params }) => {
		const values = await readForm(request, ['themeIds', 'perspectiveIds']);
		const result = await draftProposal(app().ctx, locals.actor, params.slug, values);
		return run(
			'proposal',
			values,
			result,
			result.ok ? `/hantera/processer/${params.slug}/arbetsgrupp/forslag/${result.value.id}?klart=forslag` : ''
		);
	}
};
