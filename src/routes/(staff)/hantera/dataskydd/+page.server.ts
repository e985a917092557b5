import { app } from '$lib/server/app';
import { failFromUseCase } from '$lib/server/forms';
import { assessDataProtection } from '$lib/server/modules/records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const result = await assessDataProtection(app().ctx, locals.actor, app().config, locals.locale);
	if (!result.ok) failFromUseCase(result.error, {});
	return { document: result.ok ? result.value : null };
};
