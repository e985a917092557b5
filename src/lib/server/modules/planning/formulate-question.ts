/**
 * @module Formulating the question together. Staff publish drafts, hide unlawful proposals with a reason and
 * fix the question (which becomes the process's question). Anyone may propose a reformulation and choose the
 * formulation that fits best — one choice per browser and round, known only by an anonymous cookie's hash.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import {
	buildRounds,
	openRound,
	roundForNewDraft,
	takesProposals,
	type Formulation,
	type Round
} from '../../../domain/plan/question';
import { err, ok, type Result } from '../../../kernel/result';
import { draftInputSchema, hideInputSchema, proposalInputSchema } from '../../../schemas/plan-input';
import { auditAs } from '../records/queries/audit';
import {
	countChoices,
	findChoice,
	hideFormulation,
	insertFormulation,
	listFormulations,
	markFixed,
	saveChoice
} from './queries/plan';
import { findProcessBySlug, saveProcess } from '../process/queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export type QuestionError = UseCaseError | { code: 'closed' };

export async function loadRounds(ctx: Pick<UseCaseContext, 'db'>, processId: string): Promise<Round[]> {
	return buildRounds(await listFormulations(ctx.db, processId), await countChoices(ctx.db, processId));
}

export const hashVoter = (token: string) => createHash('sha256').update(`question-choice:${token}`).digest('hex');

export async function publishDraftQuestion(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string; round: number }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'plan.revise', slug);
	if (!loaded.ok) return loaded;
	const parsed = draftInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const round = roundForNewDraft(await loadRounds(ctx, process.id));
	const now = ctx.now();
	const draft: Formulation = {
		id: ctx.newId(),
		round,
		kind: 'draft',
		text: parsed.data.text,
		proposerRole: 'staff',
		status: 'visible',
		hiddenReason: null,
		createdAt: now,
		fixedAt: null
	};
	await ctx.db.transaction(async (tx) => {
		await insertFormulation(tx, process.id, draft);
		await auditAs(ctx, staff, now)(tx, 'question.drafted', 'process', process.id, { formulation: draft.id, round });
	});
	return ok({ id: draft.id, round });
}

/** Only unlawful content is hidden (threats, hate, personal data); the reason is shown publicly. */
export async function hideQuestionProposal(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'question.moderate', slug);
	if (!loaded.ok) return loaded;
	const parsed = hideInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const now = ctx.now();
	const done = await ctx.db.transaction(async (tx) => {
		if (!(await hideFormulation(tx, process.id, parsed.data.formulationId, parsed.data.reason))) return false;
		await auditAs(ctx, staff, now)(tx, 'question.hidden', 'process', process.id, {
			formulation: parsed.data.formulationId,
			reason: parsed.data.reason
		});
		return true;
	});
	return done ? ok({ id: parsed.data.formulationId }) : err({ code: 'not_found' });
}

/** Fix the open round on one of its visible formulations; it becomes the process's question. */
export async function fixQuestion(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	formulationId: unknown
): Promise<Result<{ question: string }, QuestionError>> {
	const loaded = await loadProcessFor(ctx, actor, 'plan.revise', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const round = openRound(await loadRounds(ctx, process.id));
	if (!round) return err({ code: 'closed' });
	const chosen = round.formulations.find((f) => f.id === formulationId && f.status === 'visible');
	if (!chosen) return err({ code: 'invalid', fields: [{ field: 'formulationId', message: 'error.question.choose' }] });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await markFixed(tx, chosen.id, now);
		await saveProcess(tx, { ...process, question: chosen.text, updatedAt: now });
		await auditAs(ctx, staff, now)(tx, 'question.fixed', 'process', process.id, {
			formulation: chosen.id,
			round: round.number,
			choices: chosen.choices,
			before: process.question
		});
	});
	return ok({ question: chosen.text });
}

async function loadOpenForPublic(ctx: UseCaseContext, organisationId: string, slug: string) {
	const process = await findProcessBySlug(ctx.db, organisationId, slug);
	if (!process || !process.isPublished) return err({ code: 'not_found' as const });
	const rounds = await loadRounds(ctx, process.id);
	if (!takesProposals(process.currentPhase, process.isPublished, rounds)) return err({ code: 'closed' as const });
	return ok({ process, round: openRound(rounds)! });
}

export async function proposeQuestion(
	ctx: UseCaseContext,
	target: { organisationId: string; slug: string },
	raw: unknown
): Promise<Result<{ id: string }, QuestionError>> {
	const open = await loadOpenForPublic(ctx, target.organisationId, target.slug);
	if (!open.ok) return open;
	const parsed = proposalInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, round } = open.value;
	const now = ctx.now();
	const proposal: Formulation = {
		id: ctx.newId(),
		round: round.number,
		kind: 'proposal',
		text: parsed.data.text,
		proposerRole: parsed.data.proposerRole,
		status: 'visible',
		hiddenReason: null,
		createdAt: now,
		fixedAt: null
	};
	await ctx.db.transaction(async (tx) => {
		await insertFormulation(tx, process.id, proposal);
		await auditAs(ctx, { organisationId: target.organisationId, userId: null }, now)(
			tx,
			'question.proposed',
			'process',
			process.id,
			{ formulation: proposal.id, round: round.number }
		);
	});
	return ok({ id: proposal.id });
}

export async function chooseQuestion(
	ctx: UseCaseContext,
	target: { organisationId: string; slug: string; voterToken: string },
	formulationId: unknown
): Promise<Result<{ id: string; changed: boolean }, QuestionError>> {
	const open = await loadOpenForPublic(ctx, target.organisationId, target.slug);
	if (!open.ok) return open;
	const { process, round } = open.value;
	const chosen = round.formulations.find((f) => f.id === formulationId && f.status === 'visible');
	if (!chosen) return err({ code: 'invalid', fields: [{ field: 'formulationId', message: 'error.question.choose' }] });
	const voterHash = hashVoter(target.voterToken);
	const before = await findChoice(ctx.db, process.id, round.number, voterHash);
	await ctx.db.transaction((tx) => saveChoice(tx, process.id, round.number, voterHash, chosen.id, ctx.now()));
	return ok({ id: chosen.id, changed: before !== null && before !== chosen.id });
}

export async function currentChoice(
	ctx: Pick<UseCaseContext, 'db'>,
	processId: string,
	round: number,
	voterToken: string | undefined
): Promise<string | null> {
	return voterToken ? findChoice(ctx.db, processId, round, hashVoter(voterToken)) : null;
}
