/**
 * @module An admin or facilitator edits a method in the organisation's catalogue. Audited with the fields changed.
 */
import type { Actor } from '../../../domain/access/can';
import type { Method } from '../../../domain/plan/methods';
import { err, ok, type Result } from '../../../kernel/result';
import { methodInputSchema } from '../../../schemas/plan-input';
import { auditAs } from '../records/queries/audit';
import { findMethod, saveMethod } from './queries/plan';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';
import { authorize, refused } from '../gate';

export async function reviseMethod(
	ctx: UseCaseContext,
	actor: Actor,
	key: string,
	raw: unknown
): Promise<Result<Method, UseCaseError>> {
	if (!authorize(actor, 'method.revise').ok || actor.kind !== 'staff') return refused();
	const current = await findMethod(ctx.db, actor.organisationId, key);
	if (!current) return err({ code: 'not_found' });
	const parsed = methodInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { id, ...before } = current;
	const revised: Method = { ...before, ...parsed.data };
	const changed = (Object.keys(parsed.data) as (keyof typeof parsed.data)[]).filter(
		(k) => JSON.stringify(before[k]) !== JSON.stringify(revised[k])
	);
	if (changed.length === 0) return ok(revised);
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveMethod(tx, actor.organisationId, revised, now);
		await auditAs(ctx, actor, now)(tx, 'method.revised', 'method', id, { key, changed });
	});
	return ok(revised);
}
