import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listProcesses } from '$lib/server/modules/process/queries/processes';
import { listStaff } from '$lib/server/modules/identity/queries/staff';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { deny } from '$lib/server/forms';
import { addStaffMember } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!can(locals.actor, 'organisation.configure') || !locals.organisation) deny('organisation.configure');
	const { db } = app().database;
	const processes = await listProcesses(db, locals.organisation.id, 'all');
	const titles = new Map(processes.map((p) => [p.id, p.title]));
	const staff = await listStaff(db, locals.organisation.id);
	return {
		staff: staff.map((s) => ({ ...s, processes: s.processIds.map((id) => titles.get(id) ?? '') })),
		done: url.searchParams.get('klart')
	};
};

export const actions: Actions = {
	add: async ({ request, locals, url }) => {
		const values = formToObject(await request.formData());
		const result = await addStaffMember(app().ctx, locals.actor, values, { origin: url.origin, locale: locals.locale });
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/personal?klart=tillagd');
	}
};
