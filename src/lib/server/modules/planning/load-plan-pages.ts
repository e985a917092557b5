/**
 * @module What the staff plan pages show: the plan with its process, the methods catalogue for the activities,
 * one section to edit, and the question formulated with residents. Reads: each asks the gate first
 * (`plan.read`, or `plan.revise` for the section form), and hands back what the viewer may do there.
 */
import type { Actor } from '../../../domain/access/can';
import { takesProposals } from '../../../domain/plan/question';
import type { Process } from '../../../domain/process/process';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize, permissions } from '../gate';
import { findCarryOver } from '../learning/queries/learning';
import { loadProcessFor } from '../process/load-process-for-staff';
import { loadRounds } from './formulate-question';
import { loadPlan } from './load-plan';
import { listMethods } from './queries/plan';

const planPermissions = (actor: Actor, process: Process) =>
	permissions(actor, ['plan.revise', 'question.moderate'], {
		organisationId: process.organisationId,
		phase: process.currentPhase
	});

/** The plan and its process, for the plan pages and the plan PDF. */
export async function loadStaffPlan(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'plan.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	return ok({ process, plan: await loadPlan(ctx.db, process), permissions: planPermissions(actor, process) });
}

/** The plan's front page: the plan, and what a previous loop of this process carried over. */
export async function loadPlanOverview(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadStaffPlan(ctx, actor, slug);
	if (!loaded.ok) return loaded;
	return ok({ ...loaded.value, carryOver: await findCarryOver(ctx.db, loaded.value.process.id) });
}

/** The activities page: the plan and the organisation's methods catalogue (the chooser suggests from it). */
export async function loadPlanActivities(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadStaffPlan(ctx, actor, slug);
	if (!loaded.ok) return loaded;
	return ok({ ...loaded.value, catalogue: await listMethods(ctx.db, loaded.value.process.organisationId) });
}

/** One section's form: only for those who may revise the plan. */
export async function loadPlanSectionForm(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'plan.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const allowed = authorize(actor, 'plan.revise', {
		organisationId: process.organisationId,
		phase: process.currentPhase
	});
	if (!allowed.ok) return allowed;
	return ok({ process, plan: await loadPlan(ctx.db, process) });
}

/** The question page: the rounds of formulations, and whether the question takes proposals now. */
export async function loadQuestionRounds(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'plan.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const rounds = await loadRounds(ctx, process.id);
	return ok({
		process,
		rounds,
		isPublic: takesProposals(process.currentPhase, process.isPublished, rounds),
		permissions: planPermissions(actor, process)
	});
}
