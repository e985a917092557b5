import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPrivacyNotice } from '$lib/server/modules/identity';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	organisation: loaded(await loadPrivacyNotice(app().ctx, { organisationId: locals.organisation?.id ?? null }))
});
