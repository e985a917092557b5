/**
 * @module Move a process to the next phase of the loop.
 */
import type { Actor } from '../../../domain/access/can';
import { isPhase } from '../../../domain/process/phases';
import type { Process } from '../../../domain/process/process';
import { advancePhase, type AdvanceError } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { translator } from '../../../i18n/index';
import { auditAs } from '../records/queries/audit';
import { listProposals } from '../cocreation/queries/cocreation';
import { findProcessBySlug, saveProcess } from './queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { notifyContributors } from '../notifications/notify-contributors';
import { forgetUnneededVolunteers, retentionDaysOf } from '../panel/forget-panel-volunteers';
import { authorize, refused } from '../gate';

/**
 * Moving into the decision phase hands the proposals to the decision makers: everyone whose perspective they
 * build on (and who asked to hear back) is told, in the same transaction (`publicUrl` is needed for that).
 */
export async function advanceProcessPhase(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	expectedPhase: unknown,
	publicUrl?: string
): Promise<Result<Process, UseCaseError | AdvanceError>> {
	if (!authorize(actor, 'process.advancePhase').ok || actor.kind !== 'staff') return refused();
	if (!isPhase(expectedPhase)) return err({ code: 'invalid', fields: [{ field: 'phase', message: 'error.generic' }] });
	const now = ctx.now();
	return ctx.db.transaction(async (tx) => {
		const current = await findProcessBySlug(tx, actor.organisationId, slug);
		if (!current) return err({ code: 'not_found' as const });
		const result = advancePhase(current, expectedPhase, now);
		if (!result.ok) return result;
		await saveProcess(tx, result.value);
		await auditAs(ctx, actor, now)(tx, 'process.phaseAdvanced', 'process', current.id, {
			from: current.currentPhase,
			to: result.value.currentPhase
		});
		if (result.value.currentPhase === 'decision' && publicUrl) {
			const proposals = (await listProposals(tx, current.id)).filter((p) => !p.withdrawnAt);
			const t = translator('sv');
			const list = proposals.map((p) => `– ${p.title}`).join('\n');
			const notified = await notifyContributors(ctx, tx, {
				organisationId: current.organisationId,
				processId: current.id,
				proposalIds: proposals.map((p) => p.id),
				eventKey: `proposals:${current.id}`,
				publicUrl,
				now,
				message: {
					mail: (links) => ({
						subject: t('mail.proposals.subject'),
						body: t('mail.proposals.body', {
							title: current.title,
							proposals: list,
							whoDecides: current.influence.whoDecides,
							decisionWhen: current.influence.decisionWhen,
							proposalsUrl: `${publicUrl}/processer/${current.slug}/arbetsgrupp/forslag`,
							receiptUrls: links.receiptUrls.join('\n'),
							unsubscribeUrl: links.unsubscribeUrl
						})
					}),
					sms: (links) =>
						t('sms.proposals', {
							title: current.title,
							receiptUrl: links.receiptUrl,
							unsubscribeUrl: links.unsubscribeUrl
						})
				}
			});
			if (proposals.length > 0)
				await auditAs(ctx, actor, now)(tx, 'proposals.sentToDecision', 'process', current.id, {
					proposals: proposals.length,
					notified
				});
		}
		// Past co-creation a panel by lot is done: volunteers not on it need not be kept.
		await forgetUnneededVolunteers(ctx, tx, result.value, await retentionDaysOf(tx, actor.organisationId), now);
		return ok(result.value);
	});
}
