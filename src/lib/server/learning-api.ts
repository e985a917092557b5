/**
 * @module The evaluation results and public lessons in the API's shape, from the same loaders as the public
 * pages: what the page /utvardering or /lardomar shows is what the API gives, and nothing more.
 */
import type { z } from 'zod';
import { EVALUATION_MIN_ANSWERS, SCALE_QUESTIONS } from '../domain/learning/evaluation';
import { groupLessons } from '../domain/learning/lesson';
import { err, ok, type Result } from '../kernel/result';
import type { evaluationApiSchema, lessonListApiSchema } from '../schemas/learning-api';
import type { UseCaseContext } from './modules/context';
import { loadEvaluationForPublic, loadPublishedLessons } from './modules/learning';

type Target = { organisationId: string; slug: string };

export async function evaluationForApi(
	ctx: UseCaseContext,
	target: Target
): Promise<Result<z.infer<typeof evaluationApiSchema>, { code: 'not_found' }>> {
	const loaded = await loadEvaluationForPublic(ctx, { ...target, token: undefined, isStaff: false });
	if (!loaded.ok) return err({ code: 'not_found' });
	const { process, survey, results } = loaded.value;
	return ok({
		state: survey === null ? 'notOpen' : survey.isOpen ? 'open' : 'closed',
		minimumAnswers: EVALUATION_MIN_ANSWERS,
		questions: [...SCALE_QUESTIONS],
		// Picked field by field, so that comments can never slip through even if the loader gave them.
		audiences:
			results?.map((r) =>
				r.suppressed
					? { audience: r.audience, suppressed: true as const }
					: { audience: r.audience, suppressed: false as const, answers: r.answers, scales: r.scales, again: r.again }
			) ?? null,
		url: `/processer/${process.slug}/utvardering`
	});
}

/** A published process without public lessons has an empty list (its page does not exist yet). */
export async function lessonsForApi(
	ctx: UseCaseContext,
	target: Target
): Promise<Result<z.infer<typeof lessonListApiSchema>, { code: 'not_found' }>> {
	const url = `/processer/${target.slug}/lardomar`;
	const loaded = await loadPublishedLessons(ctx, target.organisationId, target.slug);
	if (!loaded.ok) return err({ code: 'not_found' });
	return ok({
		lessons: groupLessons(loaded.value.lessons).flatMap((g) =>
			g.lessons.map((l) => ({ id: l.id, kind: l.kind, text: l.text }))
		),
		url
	});
}
