import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicPlanPage } from '$lib/server/modules/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadPublicPlanPage(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	);
