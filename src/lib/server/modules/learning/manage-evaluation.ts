/**
 * @module The facilitator opens and closes the evaluation survey of a process (any phase, typically
 * implementation or learning); staff see the results per audience with the open comments, redacted, and
 * small groups left out. Opening and closing are audited.
 */
import { redactPersonalData } from '../../../analysis/text-harvest/index';
import { can, type Actor } from '../../../domain/access/can';
import { summariseEvaluation, type AudienceSummary, type SurveyState } from '../../../domain/learning/evaluation';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import { staffRespondentHash } from '../../auth/evaluation-token';
import { queueNotices } from '../notifications/queue-notices';
import { auditAs } from '../records/queries/audit';
import { findSurvey, hasResponded, listAnswers, saveSurvey } from './queries/learning';
import type { UseCaseContext, UseCaseError } from '../context';
import { permissions } from '../gate';
import { loadProcessFor } from '../process/load-process-for-staff';

export type EvaluationAdminError = UseCaseError | { code: 'not_published' } | { code: 'unchanged' };

export type StaffEvaluationView = {
	process: Process;
	survey: SurveyState | null;
	results: AudienceSummary[];
	hasAnswered: boolean;
	/** What the viewer may do on the page: open and close, answer as staff, read the open comments. */
	permissions: Record<'evaluation.manage' | 'evaluation.answerAsStaff' | 'evaluation.readComments', boolean>;
};

export async function loadEvaluationForStaff(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<StaffEvaluationView, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'staff.view', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const results = summariseEvaluation(await listAnswers(ctx.db, process.id), {
		withComments: can(staff, 'evaluation.readComments'),
		redact: redactPersonalData
	});
	return ok({
		process,
		survey: await findSurvey(ctx.db, process.id),
		results,
		hasAnswered: await hasResponded(ctx.db, process.id, staffRespondentHash(process.id, staff.userId)),
		permissions: permissions(actor, ['evaluation.manage', 'evaluation.answerAsStaff', 'evaluation.readComments'], {
			organisationId: process.organisationId,
			phase: process.currentPhase
		})
	});
}

/** Open or close the survey. Only a published process can be opened; reopening hides public results again. */
export async function setEvaluationOpen(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	open: boolean,
	publicUrl?: string
): Promise<Result<SurveyState, EvaluationAdminError>> {
	const loaded = await loadProcessFor(ctx, actor, 'evaluation.manage', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	if (open && !process.isPublished) return err({ code: 'not_published' });
	const current = await findSurvey(ctx.db, process.id);
	if ((current?.isOpen ?? false) === open) return err({ code: 'unchanged' });
	const now = ctx.now();
	const next: SurveyState = open
		? { isOpen: true, openedAt: current?.openedAt ?? now, closedAt: null }
		: { isOpen: false, openedAt: current?.openedAt ?? null, closedAt: now };
	await ctx.db.transaction(async (tx) => {
		await saveSurvey(tx, process.id, next, now);
		await auditAs(ctx, staff, now)(tx, open ? 'evaluation.opened' : 'evaluation.closed', 'process', process.id);
		// Everyone who asked for news is asked how it went, once per process (reopening asks nobody twice).
		if (open && publicUrl)
			await queueNotices(ctx, tx, {
				organisationId: process.organisationId,
				process,
				kind: 'evaluation',
				eventKey: `evaluation:${process.id}`,
				publicUrl,
				now,
				params: { url: `${publicUrl}/processer/${process.slug}/utvardering` }
			});
	});
	return ok(next);
}
