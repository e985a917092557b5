/**
 * @module The accessibility statement (tillgänglighetsredogörelse) of the organisation: the public page in
 * Digg's structure, and the admin's form. Until the admin saves one, the statement shipped with Medskapa is
 * shown: Medskapa's own audit (axe on every page, keyboard, 320 px, without JavaScript) and its known
 * shortcomings, in the reader's language.
 */
import type { Actor } from '../../../domain/access/can';
import {
	orderShortcomings,
	SHIPPED_REVIEWED_ON,
	SHIPPED_SHORTCOMINGS,
	SUPERVISORY_AUTHORITY,
	type Statement
} from '../../../domain/accessibility/statement';
import { translator, type Locale, type MessageKey } from '../../../i18n/index';
import { err, ok, type Result } from '../../../kernel/result';
import { statementInputSchema } from '../../../schemas/accessibility-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { findOrganisationById } from '../identity/queries/organisations';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import { findReportByCode, findStatement, saveStatement } from './queries/accessibility';

/** The statement Medskapa ships, in one language. */
export function shippedStatement(locale: Locale): Statement {
	const t = translator(locale);
	return {
		compliance: 'partial',
		shortcomings: SHIPPED_SHORTCOMINGS.map((s) => ({
			text: t(`a11y.shipped.${s.key}.text` as MessageKey),
			plan: t(`a11y.shipped.${s.key}.plan` as MessageKey),
			fixBy: s.fixBy
		})),
		howMade: t('a11y.shipped.howMade'),
		reviewedOn: SHIPPED_REVIEWED_ON
	};
}

/**
 * The public page (`accessibility.report`: anyone): the organisation's contact, the statement, the supervisory
 * authority, and — when the reporter has just sent one — their report's receipt (code, page, day; no contact).
 */
export async function loadAccessibilityStatement(
	ctx: UseCaseContext,
	actor: Actor,
	site: { organisationId: string | null; locale: Locale },
	receiptCode: string | null = null
) {
	const gate = authorize(actor, 'accessibility.report');
	if (!gate.ok) return gate;
	const organisation = site.organisationId ? await findOrganisationById(ctx.db, site.organisationId) : null;
	if (!organisation) return err({ code: 'not_found' as const });
	const saved = await findStatement(ctx.db, organisation.id);
	const statement = saved ?? shippedStatement(site.locale);
	const receipt = receiptCode ? await findReportByCode(ctx.db, organisation.id, receiptCode) : null;
	return ok({
		organisation: {
			name: organisation.name,
			phone: organisation.contactPhone,
			email: organisation.contactEmail,
			visitingAddress: organisation.visitingAddress
		},
		statement: { ...statement, shortcomings: orderShortcomings(statement.shortcomings) },
		isShipped: saved === null,
		supervisory: SUPERVISORY_AUTHORITY,
		receipt: receipt ? { code: receipt.code, page: receipt.page, receivedAt: receipt.createdAt } : null
	});
}

/** The admin's form: the saved statement, or the shipped one in the admin's language to start from. */
export async function loadStatementEditor(ctx: UseCaseContext, actor: Actor, locale: Locale) {
	const gate = authorize(actor, 'accessibility.edit');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const saved = await findStatement(ctx.db, actor.organisationId);
	return ok({
		statement: saved ?? shippedStatement(locale),
		isShipped: saved === null,
		updatedAt: saved?.updatedAt ?? null
	});
}

export async function saveAccessibilityStatement(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<Statement, UseCaseError>> {
	const gate = authorize(actor, 'accessibility.edit');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const parsed = statementInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const statement: Statement = parsed.data;
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveStatement(tx, {
			...statement,
			organisationId: actor.organisationId,
			updatedAt: now,
			updatedByUserId: actor.userId
		});
		await auditAs(ctx, actor, now)(tx, 'accessibility.statementSaved', 'organisation', actor.organisationId, {
			compliance: statement.compliance,
			shortcomings: statement.shortcomings.length,
			reviewedOn: statement.reviewedOn
		});
	});
	return ok(statement);
}
