/**
 * @module The records plan (dokumenthanteringsplan): the organisation admin keeps one rule per record type.
 * Only rules that differ from the default plan are stored, so the default follows the organisation's
 * retention setting. Saving supersedes a disposal preview made under the old plan.
 */
import type { Actor } from '../../../domain/access/can';
import { defaultPlan, RECORD_TYPES, type RecordsPlan } from '../../../domain/retention/records-plan';
import { parsePlanInput } from '../../../domain/retention/records-plan-input';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, permissions, refused } from '../gate';
import { findOrganisationById } from '../identity/queries/organisations';
import { auditAs } from '../records/queries/audit';
import { supersedeOpenRuns } from './queries/disposal';
import { readRecordsPlan, writeRecordsPlan } from './queries/plans';

export type RecordsPlanPage = {
	plan: RecordsPlan;
	isDefault: boolean;
	updatedAt: Date | null;
	retentionDays: number;
	permissions: { 'retention.dispose': boolean };
};

export async function loadRecordsPlanPage(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<RecordsPlanPage, UseCaseError>> {
	if (!authorize(actor, 'retention.plan').ok || actor.kind !== 'staff') return refused();
	const [stored, organisation] = await Promise.all([
		readRecordsPlan(ctx.db, actor.organisationId),
		findOrganisationById(ctx.db, actor.organisationId)
	]);
	return ok({
		...stored,
		retentionDays: organisation?.contactRetentionDays ?? 90,
		permissions: permissions(actor, ['retention.dispose'] as const, { organisationId: actor.organisationId })
	});
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Saves the plan from the form (`<type>.kind`, `.months`, `.event` per record type). */
export async function saveRecordsPlan(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<{ changed: string[] }, UseCaseError>> {
	if (!authorize(actor, 'retention.plan').ok || actor.kind !== 'staff') return refused();
	const organisation = await findOrganisationById(ctx.db, actor.organisationId);
	if (!organisation) return err({ code: 'not_found' });
	const current = await readRecordsPlan(ctx.db, actor.organisationId);
	const parsed = parsePlanInput(raw, current.plan);
	if (!parsed.ok) return err({ code: 'invalid', fields: parsed.errors });
	const defaults = defaultPlan(organisation.contactRetentionDays);
	const changed = RECORD_TYPES.filter((t) => !same(parsed.plan[t], current.plan[t]));
	const differing = Object.fromEntries(
		RECORD_TYPES.filter((t) => !same(parsed.plan[t], defaults[t])).map((t) => [t, parsed.plan[t]])
	) as RecordsPlan;
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await writeRecordsPlan(tx, actor.organisationId, differing, now, actor.userId);
		// A preview made under the old plan may hold what the new plan keeps.
		if (changed.length) await supersedeOpenRuns(tx, actor.organisationId, actor.userId, now);
		await auditAs(ctx, actor, now)(tx, 'retention.planSaved', 'organisation', actor.organisationId, {
			changed,
			rules: Object.fromEntries(changed.map((t) => [t, parsed.plan[t]]))
		});
	});
	return ok({ changed });
}
