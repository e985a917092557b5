import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadRequestRegister } from '$lib/server/modules/disclosure';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => loaded(await loadRequestRegister(app().ctx, locals.actor));
