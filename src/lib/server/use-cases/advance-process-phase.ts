/**
 * @module Move a process to the next phase of the loop.
 */
import { can, type Actor } from '../../domain/access/can';
import { isPhase } from '../../domain/process/phases';
import type { Process } from '../../domain/process/process';
import { advancePhase, type AdvanceError } from '../../domain/process/rules';
import { err, ok, type Result } from '../../domain/result';
import { auditAs } from '../db/queries/audit';
import { findProcessBySlug, saveProcess } from '../db/queries/processes';
import type { UseCaseContext, UseCaseError } from './context';
import { forbidden } from '../security/access-denied';

export async function advanceProcessPhase(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	expectedPhase: unknown
): Promise<Result<Process, UseCaseError | AdvanceError>> {
	if (actor.kind !== 'staff' || !can(actor, 'process.advancePhase')) return forbidden('process.advancePhase');
	if (!isPhase(expectedPhase)) return err({ code: 'invalid', fields: [{ field: 'phase', message: 'error.generic' }] });
	const now = ctx.now();
	return ctx.db.transaction(async (tx) => {
		const current = await findProcessBySlug(tx, actor.organisationId, slug);
		if (!current) return err({ code: 'not_found' as const });
		const result = advancePhase(current, expectedPhase, now);
		if (!result.ok) return result;
		await saveProcess(tx, result.value);
		await auditAs(ctx, actor, now)(tx, 'process.phaseAdvanced', 'process', current.id, { from: current.currentPhase, to: result.value.currentPhase });
		return ok(result.value);
	});
}
