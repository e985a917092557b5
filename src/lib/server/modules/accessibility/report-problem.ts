/**
 * @module Anyone reports a problem with the service's accessibility (which page, what, optionally how to reach
 * them). The report is stored with the contact apart, audited without the person, and reaches the
 * organisation: the staff list and inbox, and a mail to the organisation's contact address if it has one. The
 * reporter gets a receipt code on the page, and by mail too when they gave an address.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import { reportCodeFromBytes } from '../../../domain/accessibility/statement';
import { translator, type Locale } from '../../../i18n/index';
import { err, ok, type Result } from '../../../kernel/result';
import { reportInputSchema } from '../../../schemas/accessibility-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { findOrganisationById } from '../identity/queries/organisations';
import { enqueueMessage } from '../notifications/queries/outbox';
import { normaliseEmail } from '../notifications/queries/notices';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import {
	insertReport,
	isReportCodeTaken,
	listReports,
	markReportHandled,
	type ReportListing
} from './queries/accessibility';

export async function reportAccessibilityProblem(
	ctx: UseCaseContext,
	actor: Actor,
	site: { organisationId: string; language: Locale; publicUrl: string },
	raw: unknown
): Promise<Result<{ code: string }, UseCaseError>> {
	const gate = authorize(actor, 'accessibility.report');
	if (!gate.ok) return gate;
	const organisation = await findOrganisationById(ctx.db, site.organisationId);
	if (!organisation) return err({ code: 'not_found' });
	const parsed = reportInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const input = parsed.data;
	const contact =
		input.name || input.email || input.phone
			? {
					name: input.name || null,
					email: input.email ? normaliseEmail(input.email) : null,
					phone: input.phone || null
				}
			: null;
	const id = ctx.newId();
	const code = await freeCode(ctx);
	const now = ctx.now();
	const staffUrl = `${site.publicUrl}/hantera/tillganglighet/rapporter`;
	await ctx.db.transaction(async (tx) => {
		await insertReport(tx, {
			id,
			organisationId: organisation.id,
			code,
			page: input.page,
			description: input.description,
			language: site.language,
			createdAt: now,
			contact
		});
		// The audit names the report, never the person or what they wrote.
		await auditAs(ctx, { organisationId: organisation.id, userId: actor.kind === 'staff' ? actor.userId : null }, now)(
			tx,
			'accessibility.reported',
			'accessibility_report',
			id,
			{ code, contactGiven: contact !== null }
		);
		// The organisation hears of it at its contact address, in Swedish (its own language), with how to answer.
		if (organisation.contactEmail) {
			const sv = translator('sv');
			await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId: organisation.id,
				channel: 'email',
				dedupeKey: `a11y-report:${id}:organisation`,
				recipient: normaliseEmail(organisation.contactEmail),
				subject: sv('a11yReport.mail.staffSubject', { code }),
				bodyText: sv('a11yReport.mail.staffBody', {
					code,
					page: input.page,
					description: input.description,
					contact: contact
						? [contact.name, contact.email, contact.phone].filter(Boolean).join(', ')
						: sv('a11yReport.mail.noContact'),
					url: staffUrl
				}),
				now
			});
		}
		// The reporter's receipt, in the form's language.
		if (contact?.email) {
			const t = translator(site.language);
			await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId: organisation.id,
				channel: 'email',
				dedupeKey: `a11y-report:${id}:reporter`,
				recipient: contact.email,
				subject: t('a11yReport.mail.receiptSubject', { organisation: organisation.name }),
				bodyText: t('a11yReport.mail.receiptBody', {
					organisation: organisation.name,
					code,
					page: input.page,
					url: `${site.publicUrl}/tillganglighet?kvitto=${code}`,
					contact: organisation.contactEmail || organisation.contactPhone || organisation.name
				}),
				now
			});
		}
	});
	return ok({ code });
}

async function freeCode(ctx: UseCaseContext): Promise<string> {
	for (;;) {
		const code = reportCodeFromBytes(randomBytes(7));
		if (!(await isReportCodeTaken(ctx.db, code))) return code;
	}
}

/** The staff list (`accessibility.reports`): open reports first, each with the reporter's contact if given. */
export async function listAccessibilityReports(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ reports: ReportListing[] }, UseCaseError>> {
	const gate = authorize(actor, 'accessibility.reports');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	return ok({ reports: await listReports(ctx.db, actor.organisationId) });
}

/** Marks a report handled (answered or fixed); audited. */
export async function markAccessibilityReportHandled(
	ctx: UseCaseContext,
	actor: Actor,
	reportId: string
): Promise<Result<void, UseCaseError>> {
	const gate = authorize(actor, 'accessibility.reports');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	if (!/^[0-9a-f-]{36}$/i.test(reportId)) return err({ code: 'not_found' });
	const now = ctx.now();
	const done = await ctx.db.transaction(async (tx) => {
		if (!(await markReportHandled(tx, actor.organisationId, reportId, actor.userId, now))) return false;
		await auditAs(ctx, actor, now)(tx, 'accessibility.reportHandled', 'accessibility_report', reportId);
		return true;
	});
	return done ? ok(undefined) : err({ code: 'not_found' });
}
