/**
 * @module Evaluation answers, lessons and the next-loop form, as they arrive from the forms. Messages are
 * i18n keys.
 */
import { z } from 'zod';
import { AGAIN_ANSWERS, COMMENT_MAX, SCALE_MAX, SCALE_MIN } from '../domain/learning/evaluation';
import { LESSON_KINDS, LESSON_MAX } from '../domain/learning/lesson';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const scale = (message: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v),
		z.number(message).int(message).min(SCALE_MIN, message).max(SCALE_MAX, message)
	);
const checked = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const evaluationAnswerSchema = z.object({
	trust: scale('error.evaluation.trust'),
	understanding: scale('error.evaluation.understanding'),
	influence: scale('error.evaluation.influence'),
	again: z.enum(AGAIN_ANSWERS, 'error.evaluation.again'),
	comment: z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() : ''),
		z.string().max(COMMENT_MAX, 'error.evaluation.commentLong')
	)
});
export type EvaluationAnswerInput = z.infer<typeof evaluationAnswerSchema>;

export const lessonInputSchema = z.object({
	kind: z.enum(LESSON_KINDS, 'error.lesson.kind'),
	text: z.preprocess(
		trimmed,
		z.string('error.lesson.text').min(1, 'error.lesson.text').max(LESSON_MAX, 'error.lesson.textLong')
	),
	isPublic: checked
});
export type LessonInput = z.infer<typeof lessonInputSchema>;

export const nextLoopInputSchema = z.object({
	title: z.preprocess(
		trimmed,
		z.string('error.title.required').min(1, 'error.title.required').max(120, 'error.title.tooLong')
	),
	slug: z.preprocess(
		trimmed,
		z
			.string('error.nextLoop.slug')
			.min(1, 'error.nextLoop.slug')
			.max(60, 'error.slug.format')
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'error.slug.format')
	),
	question: z.preprocess(
		trimmed,
		z.string('error.question.required').min(1, 'error.question.required').max(300, 'error.question.tooLong')
	)
});
export type NextLoopInput = z.infer<typeof nextLoopInputSchema>;
