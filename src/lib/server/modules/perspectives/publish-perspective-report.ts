/**
 * @module The facilitator publishes the perspective report. The compiled snapshot is stored, and everyone
 * who asked for news (and has not unsubscribed) gets one notice, by mail or SMS, with a link to the report and to their own
 * receipt page — queued in the same transaction, once per person and process.
 */
import type { Actor } from '../../../domain/access/can';
import { phaseIndex } from '../../../domain/process/phases';
import { compileReport, type ReportSnapshot } from '../../../domain/perspective/report';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import { loadReportMaterial, saveReport } from './queries/reports';
import { queueNotices } from '../notifications/queue-notices';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export type PublishReportError = UseCaseError | { code: 'too_early' };

export async function publishPerspectiveReport(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	publicUrl: string
): Promise<Result<{ snapshot: ReportSnapshot; notified: number }, PublishReportError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	// A report compiles what was collected: not before collection has ended.
	if (phaseIndex(process.currentPhase) < phaseIndex('compilation')) return err({ code: 'too_early' });
	const material = await loadReportMaterial(ctx.db, process.id);
	const snapshot = compileReport({ process, ...material, population: process.population });
	const now = ctx.now();
	let notified = 0;
	await ctx.db.transaction(async (tx) => {
		await saveReport(tx, process.id, snapshot, now, staff.userId);
		// Once per person and process: publishing again (a correction) tells nobody twice.
		notified = await queueNotices(ctx, tx, {
			organisationId: staff.organisationId,
			process,
			kind: 'report',
			eventKey: `report:${process.id}`,
			publicUrl,
			now,
			params: { url: `${publicUrl}/processer/${process.slug}/rapport`, question: process.question }
		});
		await auditAs(ctx, staff, now)(tx, 'report.published', 'process', process.id, {
			perspectives: snapshot.totals.received,
			hidden: snapshot.totals.hidden,
			notified
		});
	});
	return ok({ snapshot, notified });
}
