import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listProcesses } from '$lib/server/modules/process/queries/processes';
import { listStaff } from '$lib/server/modules/identity/queries/staff';
import { failFromUseCase } from '$lib/server/forms';
import { deny } from '$lib/server/forms';
import { removeStaffMember, reviseStaffMember } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!can(locals.actor, 'organisation.configure') || !locals.organisation) deny('organisation.configure');
	const { db } = app().database;
	const person = (await listStaff(db, locals.organisation.id)).find((s) => s.userId === params.id);
	if (!person) error(404, { message: 'Not found', code: 'not_found' });
	const processes = (await listProcesses(db, locals.organisation.id, 'all')).map((p) => ({ id: p.id, title: p.title }));
	return { person, processes, isSelf: locals.actor.kind === 'staff' && locals.actor.userId === person.userId };
};

export const actions: Actions = {
	revise: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			role: form.get('role') ?? '',
			processIds: form.getAll('processIds').filter((v): v is string => typeof v === 'string')
		};
		const result = await reviseStaffMember(app().ctx, locals.actor, params.id, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/personal?klart=andrad');
	},
	remove: async ({ locals, params }) => {
		const result = await removeStaffMember(app().ctx, locals.actor, params.id);
		if (!result.ok) {
			if (result.error.code === 'conflict')
				return fail(409, { values: {}, errors: [{ field: 'remove', message: 'error.staff.self' }] });
			return failFromUseCase(result.error, {});
		}
		redirect(303, '/hantera/personal?klart=borttagen');
	}
};
