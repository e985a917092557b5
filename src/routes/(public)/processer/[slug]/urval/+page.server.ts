import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicPanelPage } from '$lib/server/modules/panel';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadPublicPanelPage(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	);
