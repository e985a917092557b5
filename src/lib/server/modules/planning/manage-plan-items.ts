/**
 * @module A facilitator adds, changes and removes the listed parts of a plan: actor groups (with their row
 * of the participation matrix), activities (a chosen method and how people come to it) and adaptations
 * (with costs). Removing withdraws the item; nothing is deleted. Every change is audited.
 */
import type { Actor } from '../../../domain/access/can';
import { PLAN_ITEM_KINDS, type PlanItemContent, type PlanItemKind } from '../../../domain/plan/plan';
import { err, ok, type Result } from '../../../kernel/result';
import { activityInputSchema, actorGroupInputSchema, adaptationInputSchema } from '../../../schemas/plan-input';
import { auditAs } from '../records/queries/audit';
import { findMethod, insertItem, updateItem, withdrawItem } from './queries/plan';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

const SCHEMAS = { actorGroup: actorGroupInputSchema, activity: activityInputSchema, adaptation: adaptationInputSchema };

export const isPlanItemKind = (v: unknown): v is PlanItemKind => PLAN_ITEM_KINDS.includes(v as PlanItemKind);

export type PlanItemCommand =
	{ command: 'add' } | { command: 'update'; id: string } | { command: 'withdraw'; id: string };

export async function managePlanItem(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	kind: PlanItemKind,
	command: PlanItemCommand,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'plan.revise', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const now = ctx.now();
	const audit = auditAs(ctx, staff, now);

	if (command.command === 'withdraw') {
		const done = await ctx.db.transaction(async (tx) => {
			if (!(await withdrawItem(tx, process.id, command.id, now))) return false;
			await audit(tx, `plan.${kind}Withdrawn`, 'process', process.id, { item: command.id });
			return true;
		});
		return done ? ok({ id: command.id }) : err({ code: 'not_found' });
	}

	const parsed = SCHEMAS[kind].safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const content = parsed.data as PlanItemContent[typeof kind];
	if (
		kind === 'activity' &&
		!(await findMethod(ctx.db, staff.organisationId, (content as PlanItemContent['activity']).methodKey))
	) {
		return err({ code: 'invalid', fields: [{ field: 'methodKey', message: 'error.plan.method' }] });
	}
	if (command.command === 'add') {
		const id = ctx.newId();
		await ctx.db.transaction(async (tx) => {
			await insertItem(tx, process.id, { id, kind, content, createdAt: now, updatedAt: now });
			await audit(tx, `plan.${kind}Added`, 'process', process.id, { item: id });
		});
		return ok({ id });
	}
	const done = await ctx.db.transaction(async (tx) => {
		if (!(await updateItem(tx, process.id, command.id, content as Record<string, unknown>, now))) return false;
		await audit(tx, `plan.${kind}Revised`, 'process', process.id, { item: command.id });
		return true;
	});
	return done ? ok({ id: command.id }) : err({ code: 'not_found' });
}
