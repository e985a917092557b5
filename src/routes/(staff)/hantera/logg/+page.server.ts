import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listAudit } from '$lib/server/db/queries/audit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!can(locals.actor, 'audit.view') || !locals.organisation) error(403, { message: 'Forbidden', code: 'forbidden' });
	return { entries: await listAudit(app().database.db, locals.organisation.id, { limit: 500 }) };
};
