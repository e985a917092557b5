import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { RECORDS_POLICIES } from '../../../domain/privacy/privacy';

/** The tenant: a municipality, region or association that runs processes. */
export const organisations = pgTable('organisations', {
	id: uuid('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	/**
	 * What withdrawing a contribution does to its text: `keep` (a public authority under archive law: the
	 * text stays as a public record, unpublished) or `delete` (a civil-society organisation: removed for real).
	 */
	recordsPolicy: text('records_policy', { enum: RECORDS_POLICIES }).notNull().default('keep'),
	/** Days after a process's last phase ends before contact details are removed automatically. */
	contactRetentionDays: integer('contact_retention_days').notNull().default(90),
	/** Who residents contact about their personal data (the data protection officer), shown on /dataskydd. */
	privacyContact: text('privacy_contact').notNull().default(''),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});
