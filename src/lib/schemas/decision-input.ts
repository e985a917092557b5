/**
 * @module Decision and implementation input as it arrives from the staff forms. Messages are i18n keys.
 */
import { z } from 'zod';
import { text, optionalText, isoDate } from './fields';
import { BODY_KINDS } from '../domain/decision/decision';
import { IMPLEMENTATION_STATUSES, PROGRESS_MAX, PROGRESS_MIN, UPDATE_MAX } from '../domain/decision/implementation';

export const decisionInputSchema = z.object({
	body: text('error.decision.body', 160, 'error.decision.bodyLong'),
	bodyKind: z.enum(BODY_KINDS, 'error.decision.bodyKind'),
	decidedOn: isoDate('error.decision.decidedOn'),
	caseNumber: text('error.decision.caseNumber', 60, 'error.decision.caseNumberLong'),
	minutesParagraph: optionalText(40, 'error.decision.minutesLong'),
	summary: optionalText(3000, 'error.decision.summaryLong')
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const implementationUpdateSchema = z.object({
	status: z.enum(IMPLEMENTATION_STATUSES, 'error.implementation.status'),
	progress: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(/\s*%$/, '')) : v),
		z
			.number('error.implementation.progress')
			.int('error.implementation.progress')
			.min(PROGRESS_MIN, 'error.implementation.progress')
			.max(PROGRESS_MAX, 'error.implementation.progress')
	),
	text: text('error.implementation.text', UPDATE_MAX, 'error.implementation.textLong')
});

export const milestoneInputSchema = z.object({
	title: text('error.milestone.title', 160, 'error.milestone.titleLong'),
	dueOn: isoDate('error.milestone.dueOn')
});

export const itemInputSchema = z.object({
	title: text('error.item.title', 160, 'error.item.titleLong'),
	description: optionalText(3000, 'error.item.descriptionLong'),
	responsible: text('error.item.responsible', 160, 'error.item.responsibleLong')
});
