/**
 * @module The public data protection page: how the organisation keeps records, how long it keeps contact
 * details and whom to ask. Public information about the organisation, never about a person.
 */
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { findOrganisationById } from './queries/organisations';

export async function loadPrivacyNotice(ctx: UseCaseContext, site: { organisationId: string | null }) {
	const organisation = site.organisationId ? await findOrganisationById(ctx.db, site.organisationId) : null;
	if (!organisation) return err({ code: 'not_found' as const });
	return ok({
		name: organisation.name,
		recordsPolicy: organisation.recordsPolicy,
		retentionDays: organisation.contactRetentionDays,
		privacyContact: organisation.privacyContact
	});
}
