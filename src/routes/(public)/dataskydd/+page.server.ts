import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findOrganisationById } from '$lib/server/modules/identity/queries/organisations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const organisation = locals.organisation
		? await findOrganisationById(app().database.db, locals.organisation.id)
		: null;
	if (!organisation) error(404, { message: 'Not found', code: 'not_found' });
	return {
		organisation: {
			name: organisation.name,
			recordsPolicy: organisation.recordsPolicy,
			retentionDays: organisation.contactRetentionDays,
			privacyContact: organisation.privacyContact
		}
	};
};
