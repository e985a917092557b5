/**
 * @module Input for the accessibility statement (the admin's form) and a reported accessibility problem (the
 * public form), and the registration settings. Messages are i18n keys.
 */
import { z } from 'zod';
import { COMPLIANCE_LEVELS, isDay, MAX_SHORTCOMINGS } from '../domain/accessibility/statement';
import { email, optionalText, text, trimmed } from './fields';

const day = (message: string) => z.preprocess(trimmed, z.string(message).refine(isDay, message));

/** One row of the shortcomings list; a row left empty is dropped before this is checked. */
const shortcomingSchema = z.object({
	text: text('error.a11y.shortcomingText', 1000, 'error.a11y.shortcomingTextLong'),
	plan: optionalText(1000, 'error.a11y.shortcomingPlanLong'),
	fixBy: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? null : trimmed(v)),
		z.string().refine(isDay, 'error.a11y.fixBy').nullable().default(null)
	)
});

/** Form rows arrive as `shortcomings.0.text` → `{ shortcomings: { '0': { … } } }`; the API may send an array. */
const rows = (v: unknown) => {
	const list = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v as object) : [];
	return list.filter(
		(r) =>
			r &&
			typeof r === 'object' &&
			Object.values(r as Record<string, unknown>).some((x) => typeof x === 'string' && x.trim() !== '')
	);
};

export const statementInputSchema = z.object({
	compliance: z.enum(COMPLIANCE_LEVELS, 'error.a11y.compliance'),
	shortcomings: z.preprocess(rows, z.array(shortcomingSchema).max(MAX_SHORTCOMINGS, 'error.a11y.tooMany')),
	howMade: text('error.a11y.howMade', 4000, 'error.a11y.howMadeLong'),
	reviewedOn: day('error.a11y.reviewedOn')
});
export type StatementInput = z.infer<typeof statementInputSchema>;

const optionalEmail = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
	email('error.a11yReport.email').optional()
);

export const reportInputSchema = z.object({
	page: text('error.a11yReport.page', 300, 'error.a11yReport.pageLong'),
	description: text('error.a11yReport.description', 4000, 'error.a11yReport.descriptionLong'),
	name: optionalText(120, 'error.a11yReport.nameLong'),
	email: optionalEmail,
	phone: optionalText(40, 'error.a11yReport.phoneLong')
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const registrationSettingsSchema = z.object({
	format: z.preprocess(trimmed, z.string('error.registration.formatLength')),
	nextNumber: z.coerce
		.number({ message: 'error.registration.nextNumber' })
		.int('error.registration.nextNumber')
		.min(1, 'error.registration.nextNumber')
		.max(999_999, 'error.registration.nextNumber')
});
