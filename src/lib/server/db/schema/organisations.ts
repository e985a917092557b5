import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { RECORDS_POLICIES } from '../../../domain/privacy/privacy';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (v) => Buffer.from(v)
});

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
	/** Working days a receiver has to answer a routed input before it is flagged as overdue. */
	answerWorkingDays: integer('answer_working_days').notNull().default(20),
	/** Who residents contact about their personal data (the data protection officer), shown on /dataskydd. */
	privacyContact: text('privacy_contact').notNull().default(''),
	/** How residents reach the organisation, shown in every public page's footer and on /tillganglighet. */
	contactPhone: text('contact_phone').notNull().default(''),
	contactEmail: text('contact_email').notNull().default(''),
	visitingAddress: text('visiting_address').notNull().default(''),
	/** The organisation's colour for the header and buttons (`#rrggbb`); only colours with enough contrast are accepted. */
	brandColour: text('brand_colour'),
	/** The logo shown in the header (PNG, JPEG or SVG rendered as an image), with its media type. */
	logo: bytea('logo'),
	logoType: text('logo_type'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

/**
 * The addresses (host names) an organisation is reached at. The request's host decides the organisation;
 * an address no organisation has goes to the first one created (a single-organisation installation).
 */
export const organisationHosts = pgTable(
	'organisation_hosts',
	{
		host: text('host').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [index('organisation_hosts_org_idx').on(t.organisationId)]
);
