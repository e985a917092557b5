/**
 * @module A contributor, holding only their receipt code, sees, downloads and erases their own personal
 * data, or withdraws their perspective. Erasure removes contact details and self-description at once.
 * Withdrawal unpublishes the perspective; its text is kept as a public record or deleted for real, as the
 * organisation's records policy says, and the decision is logged (without the text or the person).
 */
import { normaliseReceipt } from '../../../domain/perspective/receipt';
import { withoutText } from '../../../domain/perspective/report';
import { withdrawal } from '../../../domain/privacy/privacy';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from './queries/audit';
import { findOrganisationById } from '../identity/queries/organisations';
import {
	deletePersonalDataOfPerspective,
	findByReceipt,
	findPersonalDataOfPerspective,
	findPerspectiveByReceipt,
	markPerspectiveWithdrawn
} from '../perspectives/queries/perspectives';
import { findReport, replaceReportSnapshot } from '../perspectives/queries/reports';
import type { UseCaseContext, UseCaseError } from '../context';

async function load(ctx: UseCaseContext, organisationId: string, code: string) {
	const receipt = normaliseReceipt(code);
	const found = receipt ? await findPerspectiveByReceipt(ctx.db, receipt) : null;
	return found && found.organisationId === organisationId ? { ...found, receipt: receipt! } : null;
}

const confirmed = (raw: unknown) =>
	(raw as { confirm?: unknown } | null)?.confirm === 'on' || (raw as { confirm?: unknown } | null)?.confirm === true;

/** Everything stored about the contributor and their perspective, as they may download it. */
export async function exportOwnData(ctx: UseCaseContext, organisationId: string, code: string) {
	const found = await load(ctx, organisationId, code);
	if (!found) return err({ code: 'not_found' as const });
	const view = (await findByReceipt(ctx.db, found.receipt))!;
	const personal = await findPersonalDataOfPerspective(ctx.db, found.id);
	return ok({
		receipt: found.receipt,
		process: { title: view.process.title, question: view.process.question },
		perspective: {
			text: view.perspective.text,
			channel: view.perspective.channel,
			status: view.perspective.status,
			createdAt: view.perspective.createdAt.toISOString(),
			theme: view.theme?.name ?? null
		},
		contact: personal.contact
			? {
					email: personal.contact.email,
					phone: personal.contact.phone,
					consentedAt: personal.contact.consentedAt.toISOString(),
					messagesStoppedAt: personal.contact.unsubscribedAt?.toISOString() ?? null
				}
			: null,
		profile: personal.profile
			? {
					ageBand: personal.profile.ageBand,
					area: personal.profile.area,
					relation: personal.profile.relation,
					consentedAt: personal.profile.consentedAt.toISOString()
				}
			: null
	});
}

export async function eraseOwnPersonalData(
	ctx: UseCaseContext,
	organisationId: string,
	code: string,
	raw: unknown
): Promise<Result<{ removed: number }, UseCaseError>> {
	const found = await load(ctx, organisationId, code);
	if (!found) return err({ code: 'not_found' });
	if (!confirmed(raw))
		return err({ code: 'invalid', fields: [{ field: 'erase-confirm', message: 'error.privacy.confirmErase' }] });
	const now = ctx.now();
	const removed = await ctx.db.transaction(async (tx) => {
		const n = await deletePersonalDataOfPerspective(tx, found.id);
		await auditAs(ctx, { organisationId, userId: null }, now)(
			tx,
			'privacy.personalDataErased',
			'perspective',
			found.id,
			{ rows: n }
		);
		return n;
	});
	return ok({ removed });
}

export async function withdrawOwnPerspective(
	ctx: UseCaseContext,
	organisationId: string,
	code: string,
	raw: unknown
): Promise<Result<{ policy: 'keep' | 'delete' }, UseCaseError | { code: 'already_withdrawn' }>> {
	const found = await load(ctx, organisationId, code);
	if (!found) return err({ code: 'not_found' });
	if (found.status === 'withdrawn') return err({ code: 'already_withdrawn' });
	if (!confirmed(raw))
		return err({ code: 'invalid', fields: [{ field: 'withdraw-confirm', message: 'error.privacy.confirmWithdraw' }] });
	const organisation = (await findOrganisationById(ctx.db, organisationId))!;
	const rule = withdrawal(organisation.recordsPolicy);
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await deletePersonalDataOfPerspective(tx, found.id);
		await markPerspectiveWithdrawn(tx, found.id, rule.text(found.text), now);
		if (rule.scrubReports) {
			const report = await findReport(tx, found.processId);
			if (report) await replaceReportSnapshot(tx, found.processId, withoutText(report.snapshot, found.text));
		}
		await auditAs(ctx, { organisationId, userId: null }, now)(tx, 'perspective.withdrawn', 'perspective', found.id, {
			recordsPolicy: organisation.recordsPolicy,
			textKept: !rule.scrubReports
		});
	});
	return ok({ policy: organisation.recordsPolicy });
}
