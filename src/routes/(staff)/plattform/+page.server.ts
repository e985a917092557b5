import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listOrganisationHosts, listOrganisations } from '$lib/server/modules/identity/queries/organisations';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { deny } from '$lib/server/forms';
import { createOrganisation } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.platformAdmin) redirect(303, `/logga-in?next=${encodeURIComponent('/plattform')}`);
	if (!can(locals.actor, 'organisation.manage')) deny('organisation.manage');
	const { db } = app().database;
	const organisations = await listOrganisations(db);
	return {
		organisations: await Promise.all(
			organisations.map(async (o) => ({
				slug: o.slug,
				name: o.name,
				recordsPolicy: o.recordsPolicy,
				hosts: await listOrganisationHosts(db, o.id)
			}))
		),
		defaultSlug: organisations[0]?.slug ?? null,
		created: url.searchParams.get('skapad')
	};
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const values = formToObject(await request.formData());
		const result = await createOrganisation(app().ctx, locals.actor, values, {
			scheme: url.protocol,
			port: url.port,
			locale: locals.locale
		});
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, `/plattform?skapad=${result.value.slug}`);
	}
};
