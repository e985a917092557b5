/**
 * @module The facilitator publishes the perspective report. The compiled snapshot is stored, and everyone
 * who left an email (and has not unsubscribed) gets one message with a link to the report and to their own receipt page — queued in
 * the same transaction (outbox), once per person: publishing again tells only those who were not told before.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import { phaseIndex } from '../../../domain/process/phases';
import { compileReport, type ReportSnapshot } from '../../../domain/perspective/report';
import { err, ok, type Result } from '../../../kernel/result';
import { translator } from '../../../i18n/index';
import { auditAs } from '../records/queries/audit';
import { listEmailContacts, loadReportMaterial, saveReport } from './queries/reports';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export type PublishReportError = UseCaseError | { code: 'too_early' };

/** The outbox key of the report's message to one address: at most one per person and process. */
export const reportDedupeKey = (processId: string, email: string) =>
	`report:${processId}:${createHash('sha256').update(email).digest('hex').slice(0, 32)}`;

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
	const contacts = await listEmailContacts(ctx.db, process.id);
	// Residents took part in Swedish, the default language; mail follows it.
	const t = translator('sv');
	let notified = 0;
	await ctx.db.transaction(async (tx) => {
		await saveReport(tx, process.id, snapshot, now, staff.userId);
		for (const contact of contacts) {
			const isNew = await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId: staff.organisationId,
				channel: 'email',
				// Once per person and report: re-publishing (or a double click) mails only those not told before.
				dedupeKey: reportDedupeKey(process.id, contact.email),
				recipient: contact.email,
				subject: t('mail.report.subject', { title: process.title }),
				bodyText: `${t('mail.report.body', {
					title: process.title,
					question: process.question,
					reportUrl: `${publicUrl}/processer/${process.slug}/rapport`,
					receiptUrls: contact.receipts.map((r) => `${publicUrl}/kvitto/${r}`).join('\n')
				})}\n\n${t('mail.report.unsubscribe', { unsubscribeUrl: `${publicUrl}/kvitto/${contact.receipts[0]}/avregistrera` })}`,
				unsubscribeUrl: `${publicUrl}/kvitto/${contact.receipts[0]}/avregistrera`,
				now
			});
			if (isNew) notified++;
		}
		await auditAs(ctx, staff, now)(tx, 'report.published', 'process', process.id, {
			perspectives: snapshot.totals.received,
			hidden: snapshot.totals.hidden,
			notified
		});
	});
	return ok({ snapshot, notified });
}
