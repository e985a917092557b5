import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { argueProposal, loadPublicProposal } from '$lib/server/modules/cocreation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...loaded(
		await loadPublicProposal(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug,
			params.id
		)
	),
	done: url.searchParams.get('klart')
});

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
