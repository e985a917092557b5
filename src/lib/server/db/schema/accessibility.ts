import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';
import type { Compliance, Shortcoming } from '../../../domain/accessibility/statement';

/**
 * The organisation's accessibility statement (tillgänglighetsredogörelse, DOS-lagen), in Digg's structure. No
 * row: the statement shipped with Medskapa (its own audit) is shown until the admin saves one.
 */
export const accessibilityStatements = pgTable('accessibility_statements', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id),
	compliance: text('compliance', { enum: ['full', 'partial', 'none'] })
		.$type<Compliance>()
		.notNull(),
	shortcomings: jsonb('shortcomings').$type<Shortcoming[]>().notNull(),
	howMade: text('how_made').notNull(),
	reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
	updatedByUserId: uuid('updated_by_user_id').references(() => users.id)
});

/** A problem with the service's accessibility reported by anyone; the receipt code is what the reporter keeps. */
export const accessibilityReports = pgTable(
	'accessibility_reports',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		code: text('code').notNull().unique(),
		page: text('page').notNull(),
		description: text('description').notNull(),
		language: text('language').notNull().default('sv'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		handledAt: timestamp('handled_at', { withTimezone: true }),
		handledByUserId: uuid('handled_by_user_id').references(() => users.id)
	},
	(t) => [index('accessibility_reports_org_idx').on(t.organisationId, t.createdAt)]
);

/** The reporter's contact details, if given: personal data, apart from the report. */
export const accessibilityReportContacts = pgTable('accessibility_report_contacts', {
	reportId: uuid('report_id')
		.primaryKey()
		.references(() => accessibilityReports.id, { onDelete: 'cascade' }),
	name: text('name'),
	email: text('email'),
	phone: text('phone')
});
