import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicProcessPage } from '$lib/server/modules/process';
import { loadPublicRegistrations } from '$lib/server/modules/registration';
import type { PageServerLoad } from './$types';

// Drafts are visible only to staff, as a preview; to everyone else they do not exist (the use case decides).
export const load: PageServerLoad = async ({ locals, params }) => ({
	...loaded(
		await loadPublicProcessPage(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug
		)
	),
	registration: await loadPublicRegistrations(
		app().ctx,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	)
});
