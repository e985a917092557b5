import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadImplementationPage } from '$lib/server/modules/decision';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadImplementationPage(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug
		)
	);
