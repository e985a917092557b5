import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicWorkingGroupPage } from '$lib/server/modules/cocreation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...loaded(
		await loadPublicWorkingGroupPage(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug
		)
	),
	signedIn: url.searchParams.get('inloggad') !== null
});
