import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listMethods } from '$lib/server/modules/planning/queries/plan';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	methods: locals.organisation ? await listMethods(app().database.db, locals.organisation.id) : [],
	canRevise: can(locals.actor, 'method.revise')
});
