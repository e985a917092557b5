import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicSession } from '$lib/server/modules/cocreation';
import type { PageServerLoad } from './$types';

// Members of this group and staff follow the harvest live; everyone else reads it once it is published.
export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadPublicSession(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug,
			params.id
		)
	);
