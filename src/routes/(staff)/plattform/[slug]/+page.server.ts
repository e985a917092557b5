import { error, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findOrganisationBySlug, listOrganisationHosts } from '$lib/server/modules/identity/queries/organisations';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { deny } from '$lib/server/forms';
import { addOrganisationHost, removeOrganisationHost } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.platformAdmin) redirect(303, `/logga-in?next=${encodeURIComponent('/plattform')}`);
	if (!can(locals.actor, 'organisation.manage')) deny('organisation.manage');
	const { db } = app().database;
	const organisation = await findOrganisationBySlug(db, params.slug);
	if (!organisation) error(404, { message: 'Not found', code: 'not_found' });
	return {
		organisation: { slug: organisation.slug, name: organisation.name },
		hosts: await listOrganisationHosts(db, organisation.id)
	};
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await addOrganisationHost(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/plattform/${params.slug}`);
	},
	remove: async ({ request, locals, params }) => {
		const host = String((await request.formData()).get('host') ?? '');
		const result = await removeOrganisationHost(app().ctx, locals.actor, params.slug, host);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, `/plattform/${params.slug}`);
	}
};
