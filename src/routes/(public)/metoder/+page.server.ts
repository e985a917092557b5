import { app } from '$lib/server/app';
import { loadMethodsCatalogue } from '$lib/server/modules/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) =>
	loadMethodsCatalogue(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null });
