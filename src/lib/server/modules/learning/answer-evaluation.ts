/**
 * @module Answering the evaluation survey: a participant on the public page (one answer per browser, known by
 * an anonymous cookie's hash) or a staff member on their staff page (one per user, known by a hash of user
 * id and process id). The answer is stored apart from the hash, with only the day, and is not audited —
 * an audit event's exact time and actor would undo the anonymity. An answer cannot be changed.
 */
import type { Actor } from '../../../domain/access/can';
import {
	showsPublicResults,
	summariseEvaluation,
	type Audience,
	type AudienceSummary,
	type SurveyState
} from '../../../domain/learning/evaluation';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import { evaluationAnswerSchema } from '../../../schemas/learning-input';
import { participantRespondentHash, staffRespondentHash } from '../../auth/evaluation-token';
import { findSurvey, hasResponded, insertAnswer, listAnswers } from './queries/learning';
import { findProcessBySlug } from '../process/queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export type AnswerError = UseCaseError | { code: 'closed' } | { code: 'already_answered' };

export type PublicEvaluationView = {
	process: Process;
	survey: SurveyState | null;
	hasAnswered: boolean;
	/** Null until the survey has been closed; then per audience, without comments. */
	results: AudienceSummary[] | null;
};

/** The public page: a published process (staff may preview a draft). */
export async function loadEvaluationForPublic(
	ctx: UseCaseContext,
	target: { organisationId: string; slug: string; token: string | undefined; isStaff: boolean }
): Promise<Result<PublicEvaluationView, UseCaseError>> {
	const process = await findProcessBySlug(ctx.db, target.organisationId, target.slug);
	if (!process || (!process.isPublished && !target.isStaff)) return err({ code: 'not_found' });
	const survey = await findSurvey(ctx.db, process.id);
	const hasAnswered = target.token
		? await hasResponded(ctx.db, process.id, participantRespondentHash(process.id, target.token))
		: false;
	const results = showsPublicResults(survey)
		? summariseEvaluation(await listAnswers(ctx.db, process.id), { withComments: false, redact: (s) => s })
		: null;
	return ok({ process, survey, hasAnswered, results });
}

async function store(
	ctx: UseCaseContext,
	process: Process,
	audience: Audience,
	respondentHash: string,
	raw: unknown
): Promise<Result<{ audience: Audience }, AnswerError>> {
	const survey = await findSurvey(ctx.db, process.id);
	if (!survey?.isOpen) return err({ code: 'closed' });
	if (await hasResponded(ctx.db, process.id, respondentHash)) return err({ code: 'already_answered' });
	const parsed = evaluationAnswerSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const answeredOn = ctx.now().toISOString().slice(0, 10);
	const stored = await ctx.db.transaction((tx) =>
		insertAnswer(tx, process.id, respondentHash, { id: ctx.newId(), audience, ...parsed.data, answeredOn })
	);
	return stored ? ok({ audience }) : err({ code: 'already_answered' });
}

export async function answerEvaluation(
	ctx: UseCaseContext,
	target: { organisationId: string; slug: string; token: string },
	raw: unknown
): Promise<Result<{ audience: Audience }, AnswerError>> {
	const process = await findProcessBySlug(ctx.db, target.organisationId, target.slug);
	if (!process || !process.isPublished) return err({ code: 'not_found' });
	return store(ctx, process, 'participant', participantRespondentHash(process.id, target.token), raw);
}

export async function answerEvaluationAsStaff(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ audience: Audience }, AnswerError>> {
	const loaded = await loadProcessFor(ctx, actor, 'evaluation.answerAsStaff', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	return store(ctx, process, 'staff', staffRespondentHash(process.id, staff.userId), raw);
}
