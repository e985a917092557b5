/**
 * @module Move a process to the next phase of the loop.
 */
import type { Actor } from '../../../domain/access/can';
import { isPhase } from '../../../domain/process/phases';
import type { Process } from '../../../domain/process/process';
import { advancePhase, type AdvanceError } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import { listProposals } from '../cocreation/queries/cocreation';
import { findProcessBySlug, saveProcess } from './queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { queueNotices } from '../notifications/queue-notices';
import type { Tx } from '../../db/client';
import { forgetUnneededVolunteers, retentionDaysOf } from '../panel/forget-panel-volunteers';
import { authorize, refused } from '../gate';

type StaffActor = Extract<Actor, { kind: 'staff' }>;

/**
 * Entering co-creation tells everyone who asked for news that the working group has started; entering the
 * proposals phase, that the proposals are open for arguments; entering the decision phase hands the proposals to the decision makers: everyone whose perspective they
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
		if (publicUrl) await noticeForPhase(ctx, tx, current, result.value.currentPhase, publicUrl, now, actor);
		// Past co-creation a panel by lot is done: volunteers not on it need not be kept.
		await forgetUnneededVolunteers(ctx, tx, result.value, await retentionDaysOf(tx, actor.organisationId), now);
		return ok(result.value);
	});
}

/** The news a phase brings, queued for everyone who asked for it (once per process and phase). */
async function noticeForPhase(
	ctx: UseCaseContext,
	tx: Tx,
	process: Process,
	phase: Process['currentPhase'],
	publicUrl: string,
	now: Date,
	actor: StaffActor
): Promise<void> {
	const base = { organisationId: process.organisationId, process, publicUrl, now };
	const workingGroupUrl = `${publicUrl}/processer/${process.slug}/arbetsgrupp`;
	if (phase === 'cocreation')
		await queueNotices(ctx, tx, {
			...base,
			kind: 'workingGroup',
			eventKey: `workingGroup:${process.id}`,
			params: { url: workingGroupUrl }
		});
	if (phase === 'proposals')
		await queueNotices(ctx, tx, {
			...base,
			kind: 'arguments',
			eventKey: `arguments:${process.id}`,
			params: { url: `${workingGroupUrl}#proposals-heading` }
		});
	if (phase === 'decision') {
		const proposals = (await listProposals(tx, process.id)).filter((p) => !p.withdrawnAt);
		const notified = await queueNotices(ctx, tx, {
			...base,
			kind: 'toDecision',
			eventKey: `proposals:${process.id}`,
			params: {
				url: `${workingGroupUrl}#proposals-heading`,
				whoDecides: process.influence.whoDecides,
				decisionWhen: process.influence.decisionWhen
			},
			perPerson: {
				proposalIds: proposals.map((p) => p.id),
				facts: (ids) => ({ proposals: proposals.filter((p) => ids.includes(p.id)).map((p) => p.title) })
			}
		});
		if (proposals.length > 0)
			await auditAs(ctx, actor, now)(tx, 'proposals.sentToDecision', 'process', process.id, {
				proposals: proposals.length,
				notified
			});
	}
}
