/**
 * @module Input for public-records requests from the staff forms: registering a request, a ground of the
 * organisation's list, a passage given by its exact text, the decision. Messages are i18n keys.
 */
import { z } from 'zod';
import {
	DISCLOSURE_OUTCOMES,
	GROUND_CODE_MAX,
	GROUND_LABEL_MAX,
	PASSAGE_MAX,
	REASON_MAX,
	RECORD_TYPES,
	REQUEST_CHANNELS,
	SUBJECT_MAX
} from '../domain/disclosure/disclosure';
import { optionalText, text, trimmed } from './fields';

const optionalDate = (message: string) =>
	z.preprocess((v) => (typeof v === 'string' && v.trim() ? v.trim() : null), z.iso.date(message).nullable());

export const requestInputSchema = z
	.object({
		receivedAt: optionalText(40, 'error.disclosure.receivedAt'),
		channel: z.enum(REQUEST_CHANNELS, 'error.disclosure.channel'),
		subject: text('error.disclosure.subject', SUBJECT_MAX, 'error.disclosure.subjectLong'),
		processId: z.preprocess(
			(v) => (typeof v === 'string' && v.trim() && v !== 'all' ? v.trim() : null),
			z.uuid('error.disclosure.process').nullable()
		),
		periodFrom: optionalDate('error.disclosure.periodFrom'),
		periodTo: optionalDate('error.disclosure.periodTo'),
		recordTypes: z.preprocess(
			(v) =>
				v && typeof v === 'object' ? RECORD_TYPES.filter((t) => (v as Record<string, unknown>)[t] !== undefined) : [],
			z.array(z.enum(RECORD_TYPES)).min(1, 'error.disclosure.recordTypes')
		),
		requester: z.preprocess(
			(v) => (v && typeof v === 'object' ? v : {}),
			z.object({
				name: optionalText(200, 'error.disclosure.requesterLong'),
				email: optionalText(320, 'error.disclosure.requesterLong'),
				phone: optionalText(40, 'error.disclosure.requesterLong'),
				address: optionalText(500, 'error.disclosure.requesterLong')
			})
		)
	})
	.superRefine((v, ctx) => {
		if (v.periodFrom && v.periodTo && v.periodFrom > v.periodTo)
			ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'error.disclosure.periodOrder' });
	});
export type RequestInput = z.infer<typeof requestInputSchema>;

export const groundInputSchema = z.object({
	code: text('error.disclosure.groundCode', GROUND_CODE_MAX, 'error.disclosure.groundCodeLong'),
	label: text('error.disclosure.groundLabel', GROUND_LABEL_MAX, 'error.disclosure.groundLabelLong')
});

export const manualPassageSchema = z.object({
	text: text('error.disclosure.passage', PASSAGE_MAX, 'error.disclosure.passageLong'),
	recordKey: z.preprocess((v) => (typeof v === 'string' && v && v !== 'all' ? v : null), z.string().nullable()),
	groundId: z.preprocess(trimmed, z.uuid('error.disclosure.ground'))
});

export const decisionInputSchema = z.object({
	outcome: z.enum(DISCLOSURE_OUTCOMES, 'error.disclosure.outcome'),
	reason: optionalText(REASON_MAX, 'error.disclosure.reasonLong')
});
