/**
 * @module A perspective as it arrives from the web form or the API. Everything but the text is optional.
 */
import { z } from 'zod';
import { AGE_BANDS, RELATIONS, TEXT_MAX } from '../domain/perspective/perspective';
import { LOCALES } from '../i18n/locale';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
		schema.optional()
	);

export const perspectiveInputSchema = z.object({
	text: z
		.string('error.perspective.text.required')
		.trim()
		.min(1, 'error.perspective.text.required')
		.max(TEXT_MAX, 'error.perspective.text.tooLong'),
	themeId: optional(z.uuid('error.perspective.theme.unknown')),
	contact: z
		.object({
			email: optional(
				z
					.string()
					.max(320, 'error.perspective.email.format')
					.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'error.perspective.email.format')
			),
			phone: optional(
				z
					.string()
					.max(30, 'error.perspective.phone.format')
					.regex(/^\+?[\d\s-]{7,20}$/, 'error.perspective.phone.format')
			)
		})
		.default({}),
	/** The language messages to the contributor are written in (default: the form's language). */
	language: optional(z.enum(LOCALES, 'error.perspective.language.choose')),
	profile: z
		.object({
			ageBand: optional(z.enum(AGE_BANDS, 'error.perspective.ageBand.choose')),
			area: optional(z.string().max(100, 'error.perspective.area.unknown')),
			relation: optional(z.enum(RELATIONS, 'error.perspective.relation.choose'))
		})
		.default({})
});

export type PerspectiveInput = z.infer<typeof perspectiveInputSchema>;
