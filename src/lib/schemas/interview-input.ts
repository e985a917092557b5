/**
 * @module An interview plan group and a recorded interview, as they arrive from the staff forms.
 */
import { z } from 'zod';
import { INTERVIEW_PERSPECTIVES_MAX } from '../domain/perspective/interview';
import { TEXT_MAX } from '../domain/perspective/perspective';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const checked = (v: unknown) => v === 'on' || v === 'true' || v === true;

export const interviewTargetInputSchema = z.object({
	name: z.preprocess(
		trimmed,
		z
			.string('error.interview.target.name')
			.min(1, 'error.interview.target.name')
			.max(120, 'error.interview.target.nameLong')
	),
	description: z.preprocess(trimmed, z.string().max(500, 'error.interview.target.descriptionLong').default('')),
	targetCount: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v),
		z
			.number('error.interview.target.count')
			.int('error.interview.target.count')
			.min(1, 'error.interview.target.count')
			.max(10000, 'error.interview.target.count')
	)
});

/**
 * Every field is read leniently and checked in one pass, so a rejected form lists all its problems at once,
 * in the order of the form.
 */
export const interviewInputSchema = z
	.object({
		targetId: z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string()),
		heldOn: z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string()),
		consent: z.preprocess(checked, z.boolean()),
		mayQuote: z.preprocess(
			(v) => (v === 'yes' || v === true ? true : v === 'no' || v === false ? false : null),
			z.boolean().nullable()
		),
		perspectives: z
			.array(
				z.object({
					text: z.preprocess(
						(v) => (typeof v === 'string' ? v.trim() : ''),
						z.string().max(TEXT_MAX, 'error.perspective.text.tooLong')
					),
					isQuote: z.preprocess(checked, z.boolean())
				})
			)
			.max(INTERVIEW_PERSPECTIVES_MAX)
			.default([])
	})
	.superRefine((v, ctx) => {
		if (!z.uuid().safeParse(v.targetId).success)
			ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'error.interview.target.choose' });
		if (!z.iso.date().safeParse(v.heldOn).success)
			ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'error.interview.heldOn' });
		if (!v.consent) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'error.interview.consent' });
		if (v.mayQuote === null) ctx.addIssue({ code: 'custom', path: ['mayQuote'], message: 'error.interview.mayQuote' });
		if (v.perspectives.every((p) => p.text.length === 0))
			ctx.addIssue({ code: 'custom', path: ['perspectives', 0, 'text'], message: 'error.interview.noPerspectives' });
		v.perspectives.forEach((p, i) => {
			if (p.isQuote && v.mayQuote === false)
				ctx.addIssue({
					code: 'custom',
					path: ['perspectives', i, 'isQuote'],
					message: 'error.interview.quoteWithoutConsent'
				});
			if (p.isQuote && p.text.length === 0)
				ctx.addIssue({ code: 'custom', path: ['perspectives', i, 'text'], message: 'error.interview.quoteEmpty' });
		});
	});

export type InterviewInput = z.infer<typeof interviewInputSchema>;
