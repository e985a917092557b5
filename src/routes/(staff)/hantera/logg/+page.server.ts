import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadAuditLog } from '$lib/server/modules/records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => loaded(await loadAuditLog(app().ctx, locals.actor));
