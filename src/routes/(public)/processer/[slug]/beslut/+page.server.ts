import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadDecisionsPage } from '$lib/server/modules/decision';
import { loadPublicRegistrations } from '$lib/server/modules/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	...loaded(
		await loadDecisionsPage(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	),
	registered: (
		await loadPublicRegistrations(app().ctx, { organisationId: locals.organisation?.id ?? null }, params.slug)
	).decisions
});
