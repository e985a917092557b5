import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicPerspective } from '$lib/server/modules/perspectives';
import type { PageServerLoad } from './$types';

/** One visible perspective (personal data redacted, never who wrote it) and where it has gone. */
export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadPublicPerspective(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug,
			params.id
		)
	);
