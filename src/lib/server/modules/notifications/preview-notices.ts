/**
 * @module What a consequential step will do, before it is done: advancing a phase, publishing the perspective
 * report, publishing a decision. Each preview asks the gate for the same permission as the step itself, checks
 * what the step would refuse, and counts the people who will get a message (email and SMS) — counts only, the
 * addresses never leave. The page shows it and asks to confirm; only the confirmed post takes the step.
 */
import type { Actor } from '../../../domain/access/can';
import { checkPublishable, isAdopting } from '../../../domain/decision/decision';
import {
	audienceOnEntering,
	NO_RECIPIENTS,
	phaseEventKey,
	type NoticeAudience,
	type RecipientCount
} from '../../../domain/notification/audience';
import { isPhase, phaseIndex, type Phase } from '../../../domain/process/phases';
import { advancePhase, type AdvanceError } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext, UseCaseError } from '../context';
import { findDecision } from '../decision/queries/decisions';
import { publishProblemFields } from '../decision/record-decision';
import { findReportPublishedAt } from '../perspectives/queries/reports';
import { loadProcessFor } from '../process/load-process-for-staff';
import { countUntold } from './queue-notices';

const sum = (a: RecipientCount, b: RecipientCount): RecipientCount => ({
	people: a.people + b.people,
	email: a.email + b.email,
	sms: a.sms + b.sms
});

export type PhaseAdvancePreview = {
	from: Phase;
	to: Phase;
	audience: NoticeAudience;
	recipients: RecipientCount;
};

/** Advancing from `expectedPhase` (the phase the facilitator saw): the next phase and who hears about it. */
export async function previewPhaseAdvance(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	expectedPhase: unknown
): Promise<Result<PhaseAdvancePreview, UseCaseError | AdvanceError>> {
	const loaded = await loadProcessFor(ctx, actor, 'process.advancePhase', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	if (!isPhase(expectedPhase)) return err({ code: 'invalid', fields: [{ field: 'phase', message: 'error.generic' }] });
	const advanced = advancePhase(process, expectedPhase, ctx.now());
	if (!advanced.ok) return advanced;
	const to = advanced.value.currentPhase;
	const audience = audienceOnEntering(to);
	const eventKey = phaseEventKey(to, process.id);
	let recipients = NO_RECIPIENTS;
	if (audience !== 'nobody' && eventKey) {
		const untold = await countUntold(ctx.db, process.id, eventKey);
		recipients = sum(untold.touched, untold.others);
	}
	return ok({ from: process.currentPhase, to, audience, recipients });
}

export type ReportPublicationPreview = {
	/** The report is out already: publishing again replaces it, and nobody gets the same message again. */
	republish: boolean;
	recipients: RecipientCount;
};

/** Publishing (or re-publishing) the perspective report: who will be told. */
export async function previewReportPublication(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<ReportPublicationPreview, UseCaseError | { code: 'too_early' }>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	if (phaseIndex(process.currentPhase) < phaseIndex('compilation')) return err({ code: 'too_early' });
	// The report is told once per person and channel: those told about it before are not told again.
	const [publishedAt, untold] = await Promise.all([
		findReportPublishedAt(ctx.db, process.id),
		countUntold(ctx.db, process.id, `report:${process.id}`)
	]);
	return ok({ republish: publishedAt !== null, recipients: sum(untold.touched, untold.others) });
}

export type DecisionPublicationPreview = {
	caseNumber: string;
	/** Adopted proposals, each becoming an implementation item. */
	adopted: number;
	/** Those whose perspectives the decided proposals build on. */
	touched: RecipientCount;
	/** Everyone else who left a contact in the process. */
	others: RecipientCount;
};

/** Publishing a decision draft: what becomes of its proposals and who will be told. */
export async function previewDecisionPublication(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	decisionId: string
): Promise<Result<DecisionPublicationPreview, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'decision.publish', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const decision = /^[0-9a-f-]{36}$/i.test(decisionId) ? await findDecision(ctx.db, process.id, decisionId) : null;
	if (!decision) return err({ code: 'not_found' });
	const problems = checkPublishable(decision);
	if (problems.some((p) => p.kind === 'alreadyPublished')) return err({ code: 'conflict', reason: 'published' });
	if (problems.length > 0) return err({ code: 'invalid', fields: publishProblemFields(problems) });
	const { touched, others } = await countUntold(
		ctx.db,
		process.id,
		`decision:${decision.id}`,
		decision.outcomes.map((o) => o.proposalId)
	);
	return ok({
		caseNumber: decision.caseNumber,
		adopted: decision.outcomes.filter((o) => isAdopting(o.outcome)).length,
		touched,
		others
	});
}
