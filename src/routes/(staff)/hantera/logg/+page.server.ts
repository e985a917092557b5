import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listAudit } from '$lib/server/modules/records/queries/audit';
import type { PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals }) => {
	if (!can(locals.actor, 'audit.view') || !locals.organisation) deny('audit.view');
	return { entries: await listAudit(app().database.db, locals.organisation.id, { limit: 500 }) };
};
