/**
 * @module The data protection impact assessment, filled in from the organisation's settings, the
 * installation's configuration (mail, rate limits) and counts of the personal data it holds now.
 */
import type { Actor } from '../../../domain/access/can';
import { buildDpia, type DpiaDocument } from '../../../domain/privacy/dpia';
import { err, ok, type Result } from '../../../kernel/result';
import { formatDate, translator, type Locale } from '../../../i18n/index';
import type { Config } from '../../config';
import { findOrganisationById } from '../identity/queries/organisations';
import { countPersonalData } from './queries/privacy-facts';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';

export async function assessDataProtection(
	ctx: UseCaseContext,
	actor: Actor,
	config: Pick<Config, 'smtpUrl' | 'rateLimits'>,
	locale: Locale
): Promise<Result<DpiaDocument, UseCaseError>> {
	if (!authorize(actor, 'privacy.assess').ok || actor.kind !== 'staff') return refused();
	const organisation = await findOrganisationById(ctx.db, actor.organisationId);
	if (!organisation) return err({ code: 'not_found' });
	const counts = await countPersonalData(ctx.db, organisation.id);
	return ok(
		buildDpia(
			{
				organisation: {
					name: organisation.name,
					recordsPolicy: organisation.recordsPolicy,
					contactRetentionDays: organisation.contactRetentionDays,
					privacyContact: organisation.privacyContact
				},
				counts,
				mailConfigured: Boolean(config.smtpUrl),
				limits: config.rateLimits,
				date: formatDate(locale, ctx.now())
			},
			translator(locale)
		)
	);
}
