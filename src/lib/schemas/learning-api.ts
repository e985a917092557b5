/**
 * @module API shapes for phase 8: the evaluation survey's results per audience (only once the survey is
 * closed, groups under the minimum suppressed, never comments) and the public lessons.
 */
import { z } from 'zod';
import { AGAIN_ANSWERS, AUDIENCES, EVALUATION_MIN_ANSWERS, SCALE_QUESTIONS } from '../domain/learning/evaluation';
import { LESSON_KINDS } from '../domain/learning/lesson';
import { apiRegistry } from './api';

const scale = z.object({
	mean: z.number().meta({ description: 'Mean of the answers 1–5, one decimal' }),
	counts: z.array(z.int()).length(5).meta({ description: 'Number of answers per value 1…5, in order' }),
	shares: z.array(z.int()).length(5).meta({ description: 'Share per value 1…5 in whole per cent; they add up to 100' })
});
const perAgain = z.object(
	Object.fromEntries(AGAIN_ANSWERS.map((a) => [a, z.int()])) as Record<(typeof AGAIN_ANSWERS)[number], z.ZodInt>
);

const audience = z.discriminatedUnion('suppressed', [
	z.object({
		audience: z.enum(AUDIENCES),
		suppressed: z
			.literal(true)
			.meta({ description: `Fewer than ${EVALUATION_MIN_ANSWERS} answers: nothing about the group is shown` })
	}),
	z.object({
		audience: z.enum(AUDIENCES),
		suppressed: z.literal(false),
		answers: z.int(),
		scales: z.object(
			Object.fromEntries(SCALE_QUESTIONS.map((q) => [q, scale])) as Record<
				(typeof SCALE_QUESTIONS)[number],
				typeof scale
			>
		),
		again: z
			.object({ counts: perAgain, shares: perAgain })
			.meta({ description: 'Would take part again: yes, no, unsure' })
	})
]);

export const evaluationApiSchema = z
	.object({
		state: z
			.enum(['notOpen', 'open', 'closed'])
			.meta({ description: 'notOpen: no survey yet; open: answers are being taken; closed: results are public' }),
		minimumAnswers: z.int().meta({ description: 'An audience with fewer answers than this is suppressed' }),
		questions: z.array(z.enum(SCALE_QUESTIONS)),
		audiences: z
			.array(audience)
			.nullable()
			.meta({ description: 'participant (deltagare) and staff (personal); null until the survey is closed' }),
		url: z.string()
	})
	.register(apiRegistry, {
		id: 'Evaluation',
		description: 'Results of the evaluation survey, per audience, once it is closed. Open comments are never included.'
	});

export const lessonListApiSchema = z
	.object({
		lessons: z.array(
			z.object({
				id: z.uuid(),
				kind: z
					.enum(LESSON_KINDS)
					.meta({ description: 'worked (fungerade bra), didNotWork (fungerade inte), nextTime (nästa gång)' }),
				text: z.string()
			})
		),
		url: z.string()
	})
	.register(apiRegistry, {
		id: 'LessonList',
		description:
			'The lessons staff chose to publish, grouped by kind in the order worked, didNotWork, nextTime; oldest first within a kind.'
	});
