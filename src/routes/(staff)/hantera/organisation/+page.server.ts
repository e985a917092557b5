import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { MAX_LOGO_BYTES } from '$lib/domain/organisation/look';
import { app } from '$lib/server/app';
import { findOrganisationById, listOrganisationHosts } from '$lib/server/modules/identity/queries/organisations';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { deny } from '$lib/server/forms';
import { readUploadForm } from '$lib/server/security/uploads';
import { reviseOrganisationSettings, setOrganisationLogo } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!can(locals.actor, 'organisation.configure') || !locals.organisation) deny('organisation.configure');
	const { db } = app().database;
	const organisation = (await findOrganisationById(db, locals.organisation.id))!;
	return {
		settings: {
			name: organisation.name,
			privacyContact: organisation.privacyContact,
			contactRetentionDays: String(organisation.contactRetentionDays),
			recordsPolicy: organisation.recordsPolicy,
			brandColour: organisation.brandColour ?? ''
		},
		hasLogo: organisation.logo !== null,
		hosts: await listOrganisationHosts(db, organisation.id),
		saved: url.searchParams.get('klart')
	};
};

export const actions: Actions = {
	settings: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await reviseOrganisationSettings(app().ctx, locals.actor, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, '/hantera/organisation?klart=installningar');
	},
	logo: async ({ request, locals }) => {
		const read = await readUploadForm(request, MAX_LOGO_BYTES, 'logo');
		if (!read.ok) return fail(400, { errors: [read.error], values: {} });
		const result = await setOrganisationLogo(
			app().ctx,
			locals.actor,
			read.upload ?? { name: '', bytes: new Uint8Array() }
		);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, '/hantera/organisation?klart=logotyp');
	},
	removeLogo: async ({ locals }) => {
		const result = await setOrganisationLogo(app().ctx, locals.actor, null);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, '/hantera/organisation?klart=logotyp-borttagen');
	}
};
