/**
 * @module Decisions (phase 6): staff record a decision on one or more proposals as a draft — the deciding
 * body, date, case number (diarienummer), minutes paragraph, and an outcome per proposal with reasons — and
 * publish it. Publishing is refused until every proposal not adopted in full has its reasons; it turns
 * each adopted proposal into an implementation item and tells the contributors behind the proposals.
 */
import type { Actor } from '../../../domain/access/can';
import { checkPublishable, isAdopting, isOutcome, REASONS_MAX, type Outcome } from '../../../domain/decision/decision';
import { err, ok, type Result } from '../../../kernel/result';
import { decisionInputSchema, type DecisionInput } from '../../../schemas/decision-input';
import { listProposals } from '../cocreation/queries/cocreation';
import { findDecision, insertDecision, insertImplementationItem, updateDecision } from './queries/decisions';
import type { FieldError, UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from '../cocreation/load-cocreation';
import { queueNotices } from '../notifications/queue-notices';
import { zodFieldErrors } from '../process/process-input';

type OutcomeInput = { proposalId: string; outcome: Outcome; reasons: string };

/** Reads `outcome.<proposalId>` and `reasons.<proposalId>` for the process's open proposals. */
function readOutcomes(raw: unknown, proposalIds: string[]): { outcomes: OutcomeInput[]; errors: FieldError[] } {
	const values = (raw ?? {}) as { outcome?: Record<string, unknown>; reasons?: Record<string, unknown> };
	const outcomes: OutcomeInput[] = [];
	const errors: FieldError[] = [];
	for (const id of proposalIds) {
		const chosen = values.outcome?.[id];
		const reasons = typeof values.reasons?.[id] === 'string' ? (values.reasons[id] as string).trim() : '';
		if (chosen === undefined || chosen === '' || chosen === 'none') {
			if (reasons) errors.push({ field: `outcome-${id}`, message: 'error.decision.outcomeForReasons' });
			continue;
		}
		if (!isOutcome(chosen)) {
			errors.push({ field: `outcome-${id}`, message: 'error.decision.outcome' });
			continue;
		}
		if (reasons.length > REASONS_MAX) errors.push({ field: `reasons-${id}`, message: 'error.decision.reasonsLong' });
		outcomes.push({ proposalId: id, outcome: chosen, reasons });
	}
	return { outcomes, errors };
}

export async function saveDecisionDraft(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown,
	decisionId: string | null = null
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'decision.record', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const existing = decisionId ? await findDecision(ctx.db, process.id, decisionId) : null;
	if (decisionId && !existing) return err({ code: 'not_found' });
	if (existing?.status === 'published') return err({ code: 'conflict', reason: 'published' });
	const proposals = (await listProposals(ctx.db, process.id)).filter((p) => !p.withdrawnAt);
	const parsed = decisionInputSchema.safeParse(raw);
	const { outcomes, errors } = readOutcomes(
		raw,
		proposals.map((p) => p.id)
	);
	const fields = [...(parsed.success ? [] : zodFieldErrors(parsed.error)), ...errors];
	if (outcomes.length === 0 && errors.length === 0)
		fields.push({
			field: proposals[0] ? `outcome-${proposals[0].id}` : 'body',
			message: proposals.length ? 'error.decision.noOutcomes' : 'error.decision.noProposals'
		});
	if (!parsed.success || fields.length > 0) return err({ code: 'invalid', fields });
	const input: DecisionInput = parsed.data;
	const id = existing?.id ?? ctx.newId();
	await ctx.db.transaction(async (tx) => {
		if (existing) await updateDecision(tx, id, { ...input, updatedAt: now }, outcomes);
		else
			await insertDecision(
				tx,
				{
					id,
					processId: process.id,
					...input,
					status: 'draft',
					createdByUserId: actor.kind === 'staff' ? actor.userId : null,
					createdAt: now,
					updatedAt: now
				},
				outcomes
			);
		await audit(tx, existing ? 'decision.revised' : 'decision.recorded', {
			decisionId: id,
			caseNumber: input.caseNumber,
			proposals: outcomes.map((o) => ({ proposalId: o.proposalId, outcome: o.outcome }))
		});
	});
	return ok({ id });
}

/** Why a decision cannot be published yet, as field errors (also what the confirmation step answers). */
export function publishProblemFields(problems: ReturnType<typeof checkPublishable>): FieldError[] {
	return problems.map((p) =>
		p.kind === 'reasonsMissing'
			? { field: `reasons-${p.proposalId}`, message: 'error.decision.reasonsMissing' }
			: p.kind === 'minutesMissing'
				? { field: 'minutesParagraph', message: 'error.decision.minutesMissing' }
				: { field: 'body', message: 'error.decision.noOutcomes' }
	);
}

export async function publishDecision(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	decisionId: string,
	publicUrl: string
): Promise<Result<{ id: string; notified: number; items: number }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'decision.publish', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const decision = await findDecision(ctx.db, process.id, decisionId);
	if (!decision) return err({ code: 'not_found' });
	const problems = checkPublishable(decision);
	if (problems.some((p) => p.kind === 'alreadyPublished')) return err({ code: 'conflict', reason: 'published' });
	if (problems.length > 0) return err({ code: 'invalid', fields: publishProblemFields(problems) });
	const proposals = await listProposals(ctx.db, process.id);
	let notified = 0;
	let items = 0;
	await ctx.db.transaction(async (tx) => {
		await updateDecision(tx, decision.id, { status: 'published', publishedAt: now, updatedAt: now });
		for (const o of decision.outcomes.filter((x) => isAdopting(x.outcome))) {
			const proposal = proposals.find((p) => p.id === o.proposalId);
			if (!proposal) continue;
			const created = await insertImplementationItem(tx, {
				id: ctx.newId(),
				processId: process.id,
				proposalId: proposal.id,
				decisionId: decision.id,
				title: proposal.title,
				description: proposal.what,
				responsible: '',
				status: 'planned',
				progress: 0,
				createdAt: now,
				updatedAt: now
			});
			if (created) items++;
		}
		notified = await queueNotices(ctx, tx, {
			organisationId: process.organisationId,
			process,
			kind: 'decision',
			// Once per decision and person: publishing again, or a retry, tells nobody twice.
			eventKey: `decision:${decision.id}`,
			publicUrl,
			now,
			params: {
				url: `${publicUrl}/processer/${process.slug}/beslut`,
				decisionBody: decision.body,
				decidedOn: decision.decidedOn,
				cite: [decision.caseNumber, decision.minutesParagraph].filter(Boolean).join(', '),
				proposalCount: decision.outcomes.length
			},
			perPerson: {
				proposalIds: decision.outcomes.map((o) => o.proposalId),
				facts: (ids) => ({
					outcomes: decision.outcomes
						.filter((o) => ids.includes(o.proposalId))
						.map((o) => ({ title: o.title, outcome: o.outcome, reasons: o.reasons ?? '' }))
				})
			}
		});
		await audit(tx, 'decision.published', {
			decisionId: decision.id,
			caseNumber: decision.caseNumber,
			notified,
			items
		});
	});
	return ok({ id: decision.id, notified, items });
}
