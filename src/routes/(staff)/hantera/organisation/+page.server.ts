import { fail, redirect } from '@sveltejs/kit';
import { MAX_LOGO_BYTES } from '$lib/domain/organisation/look';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { readUploadForm } from '$lib/server/security/uploads';
import {
	loadOrganisationSettings,
	reviseOrganisationSettings,
	setOrganisationLogo
} from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return { ...loaded(await loadOrganisationSettings(app().ctx, locals.actor)), saved: url.searchParams.get('klart') };
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
