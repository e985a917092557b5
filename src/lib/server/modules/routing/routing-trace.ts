/**
 * @module A perspective's routings as its author sees them on the receipt page and in the receipt API:
 * passed on to whom and when, waiting (overdue flagged), answered (by whom, the answer), passed further, or
 * closed with a reason. Receivers appear by name only, never by address.
 */
import { isOverdue, swedishDay, type RoutingStatus } from '../../../domain/routing/routing';
import { normaliseReceipt } from '../../../domain/perspective/receipt';
import { ok, type Result } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import type { PublicSite } from '../process/load-public-process';
import { findPerspectiveByReceipt } from '../perspectives/queries/perspectives';
import { listRoutingsOfPerspective } from './queries/routing';

export type RoutingStep = {
	receiver: string;
	/** Who passed it on to this receiver (a receiver's name), or null when staff did. */
	from: string | null;
	routedAt: Date;
	status: RoutingStatus;
	dueOn: string;
	overdue: boolean;
	answer: { text: string; by: string; at: Date } | null;
	closed: { reason: string; at: Date } | null;
};

/** The routings behind a receipt code of this organisation; an empty list when none (or no such receipt). */
export async function loadRoutingTrace(
	ctx: UseCaseContext,
	site: PublicSite,
	code: string
): Promise<Result<{ steps: RoutingStep[] }, never>> {
	const receipt = normaliseReceipt(code);
	const found = receipt ? await findPerspectiveByReceipt(ctx.db, receipt) : null;
	if (!found || !site.organisationId || found.organisationId !== site.organisationId) return ok({ steps: [] });
	const rows = await listRoutingsOfPerspective(ctx.db, found.id);
	const names = new Map(rows.map((r) => [r.id, r.receiverName]));
	const today = swedishDay(ctx.now());
	return ok({
		steps: rows.map((r) => ({
			receiver: r.receiverName,
			from: r.forwardedFromId ? (names.get(r.forwardedFromId) ?? null) : null,
			routedAt: r.routedAt,
			status: r.status,
			dueOn: r.dueOn,
			overdue: isOverdue(r, today),
			answer:
				r.answerText !== null && r.answeredAt ? { text: r.answerText, by: r.answeredBy ?? '', at: r.answeredAt } : null,
			closed: r.closedReason && r.closedAt ? { reason: r.closedReason, at: r.closedAt } : null
		}))
	});
}
