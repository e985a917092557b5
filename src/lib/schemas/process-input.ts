/**
 * @module The process description as it arrives from a form or JSON, validated at the edge.
 * Messages are i18n keys (see src/lib/i18n), so the same schema speaks Swedish and English.
 */
import { z } from 'zod';
import { PHASES } from '../domain/process/phases';
import { DECISION_STAGES, PARTICIPATION_LEVELS } from '../domain/process/participation';

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);

/** `YYYY-MM-DD` that is a real calendar date, or empty (no date yet). */
const isoDate = z
	.string()
	.trim()
	.transform((v) => (v === '' ? null : v))
	.refine(
		(v) =>
			v === null ||
			(/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v)),
		'error.date.format'
	);

const phaseDates = z.object({ startsOn: isoDate, endsOn: isoDate });

export const processInputSchema = z.object({
	title: z.string().trim().min(1, 'error.title.required').max(120, 'error.title.tooLong'),
	question: z.string().trim().min(1, 'error.question.required').max(300, 'error.question.tooLong'),
	purpose: text(4000, 'error.text.tooLong'),
	context: text(8000, 'error.text.tooLong'),
	influence: z.object({
		openToInfluence: text(4000, 'error.text.tooLong'),
		notNegotiable: text(4000, 'error.text.tooLong'),
		notNegotiableReason: text(4000, 'error.text.tooLong'),
		whoDecides: text(300, 'error.text.tooLong'),
		decisionWhen: text(300, 'error.text.tooLong'),
		feedbackHow: text(4000, 'error.text.tooLong')
	}),
	participation: z.object(
		Object.fromEntries(
			DECISION_STAGES.map((s) => [s, z.enum(PARTICIPATION_LEVELS, 'error.participation.choose')])
		) as Record<(typeof DECISION_STAGES)[number], z.ZodEnum<{ [K in (typeof PARTICIPATION_LEVELS)[number]]: K }>>
	),
	schedule: z.object(
		Object.fromEntries(PHASES.map((p) => [p, phaseDates])) as Record<(typeof PHASES)[number], typeof phaseDates>
	)
});

export const createProcessInputSchema = processInputSchema.extend({
	slug: z
		.string()
		.trim()
		.max(60, 'error.slug.format')
		.regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'error.slug.format')
		.default('')
});

export type ProcessInput = z.infer<typeof processInputSchema>;
export type CreateProcessInput = z.infer<typeof createProcessInputSchema>;

/** Form field names are the schema paths joined by dots; element ids join them by dashes. */
export const fieldId = (path: readonly PropertyKey[]) => path.map(String).join('-');
