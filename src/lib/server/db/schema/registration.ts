import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { processes } from './processes';
import { users } from './users';
import type { RecordKind } from '../../../domain/registration/number';

/** The organisation's registration number format (`KS {year}/{n}`) and the next number; one row per organisation. */
export const registrationSettings = pgTable('registration_settings', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id),
	format: text('format').notNull(),
	nextNumber: integer('next_number').notNull(),
	/** The year `nextNumber` counts in: a new year starts again at 1 when the format has `{year}`. */
	counterYear: integer('counter_year').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
});

/**
 * The register (diarium): a process is a case with its number (`KS 2026/123`); its key records (plan,
 * perspective report, decision, memo declaration) are numbered within it (`KS 2026/123-1`).
 */
export const registrations = pgTable(
	'registrations',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		kind: text('kind', { enum: ['case', 'plan', 'report', 'decision', 'declaration'] })
			.$type<RecordKind>()
			.notNull(),
		/** The record within the process: the process id for the case, plan and report, a decision's id. */
		recordId: uuid('record_id').notNull(),
		number: text('number').notNull(),
		/** What the record is called in the register (the process title, the decision's body and date). */
		title: text('title').notNull(),
		registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
		registeredByUserId: uuid('registered_by_user_id').references(() => users.id)
	},
	(t) => [
		unique('registrations_number_unique').on(t.organisationId, t.number),
		unique('registrations_record_unique').on(t.processId, t.kind, t.recordId),
		index('registrations_org_time_idx').on(t.organisationId, t.registeredAt)
	]
);
