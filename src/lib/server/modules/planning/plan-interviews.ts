/**
 * @module The facilitator plans whom to interview: groups to reach and a target number for each.
 * A group is withdrawn with a reason, never deleted; its interviews stay counted.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { interviewTargetInputSchema } from '../../../schemas/interview-input';
import { auditAs } from '../records/queries/audit';
import {
	findInterviewTarget,
	insertInterviewTarget,
	withdrawInterviewTarget
} from '../perspectives/queries/interviews';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export async function addInterviewTarget(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'interview.plan', slug);
	if (!loaded.ok) return loaded;
	const parsed = interviewTargetInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const id = ctx.newId();
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await insertInterviewTarget(tx, { id, processId: process.id, ...parsed.data, createdAt: now });
		await auditAs(ctx, staff, now)(tx, 'interview.targetAdded', 'process', process.id, {
			name: parsed.data.name,
			targetCount: parsed.data.targetCount
		});
	});
	return ok({ id });
}

export async function withdrawTarget(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'interview.plan', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const input = (raw ?? {}) as { targetId?: unknown; reason?: unknown };
	const targetId = typeof input.targetId === 'string' ? input.targetId : '';
	const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
	const target = /^[0-9a-f-]{36}$/i.test(targetId) ? await findInterviewTarget(ctx.db, process.id, targetId) : null;
	if (!target || target.withdrawnAt) return err({ code: 'not_found' });
	if (!reason)
		return err({
			code: 'invalid',
			fields: [{ field: `reason-${target.id}`, message: 'error.interview.target.reason' }]
		});
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await withdrawInterviewTarget(tx, target.id, now, reason);
		await auditAs(ctx, staff, now)(tx, 'interview.targetWithdrawn', 'process', process.id, {
			name: target.name,
			reason
		});
	});
	return ok({ id: target.id });
}
