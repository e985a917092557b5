import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadProcessList } from '$lib/server/modules/process';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { processes, permissions } = loaded(await loadProcessList(app().ctx, locals.actor));
	return { canConfigure: permissions['organisation.configure'], processes };
};
