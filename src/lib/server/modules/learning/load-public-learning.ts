/**
 * @module The public pages of phase 8: the lessons marked public (the page exists once there is one) and the
 * evaluation survey (open, closed with its results, or not yet open). Drafts are previews for staff only.
 */
import type { Actor } from '../../../domain/access/can';
import { groupLessons } from '../../../domain/learning/lesson';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { seesDrafts, type PublicSite } from '../process/load-public-process';
import { loadEvaluationForPublic } from './answer-evaluation';
import { loadPublicLessons } from './record-lessons';

export async function loadLessonsPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const result = await loadPublicLessons(ctx, site.organisationId ?? '', slug, seesDrafts(actor, site));
	if (!result.ok) return result;
	const { process, lessons } = result.value;
	return ok({
		process: { slug: process.slug, title: process.title, question: process.question, isPublished: process.isPublished },
		groups: groupLessons(lessons).map((g) => ({
			kind: g.kind,
			lessons: g.lessons.map((l) => ({ id: l.id, text: l.text }))
		}))
	});
}

export async function loadEvaluationPage(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	token: string | undefined
) {
	const result = await loadEvaluationForPublic(ctx, {
		organisationId: site.organisationId ?? '',
		slug,
		token,
		isStaff: seesDrafts(actor, site)
	});
	if (!result.ok) return result;
	const { process, survey, hasAnswered, results } = result.value;
	return ok({
		process: { slug: process.slug, title: process.title, question: process.question, isPublished: process.isPublished },
		state: survey === null ? ('notOpen' as const) : survey.isOpen ? ('open' as const) : ('closed' as const),
		hasAnswered,
		results
	});
}
