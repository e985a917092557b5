/**
 * @module The contributor's own page, opened with the receipt code: their perspective and its trace, what the
 * organisation keeps about them (contact details masked: the page may be open on a shared screen; the download
 * has everything) and whether messages about it are on.
 */
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { findOrganisationById } from '../identity/queries/organisations';
import { maskRecipient } from '../notifications/queries/outbox';
import { loadReceipt } from '../perspectives/load-public-perspectives';
import type { PublicSite } from '../process/load-public-process';
import { exportOwnData } from './manage-own-data';

export async function loadReceiptPage(ctx: UseCaseContext, site: PublicSite, code: string) {
	const found = await loadReceipt(ctx, site, code);
	if (!found.ok) return found;
	const { view, trace, subscription } = found.value;
	const organisationId = view.process.organisationId;
	const { organisationId: _o, ...process } = view.process;
	const own = await exportOwnData(ctx, organisationId, view.perspective.receipt);
	const organisation = await findOrganisationById(ctx.db, organisationId);
	return ok({
		...view,
		process,
		personal: own.ok
			? {
					contact: own.value.contact
						? {
								email: own.value.contact.email && maskRecipient(own.value.contact.email),
								phone: own.value.contact.phone && maskRecipient(own.value.contact.phone)
							}
						: null,
					profile: own.value.profile
				}
			: { contact: null, profile: null },
		recordsPolicy: organisation?.recordsPolicy ?? 'keep',
		trace,
		subscription
	});
}
