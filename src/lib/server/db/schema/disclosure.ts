/**
 * @module Public-records requests (utlämnande av allmän handling): the request, the requester's contact (apart,
 * like all personal data), the organisation's list of secrecy grounds, and — once decided — the delivery as it
 * was decided, frozen.
 */
import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import {
	DISCLOSURE_OUTCOMES,
	REQUEST_CHANNELS,
	REQUEST_STATUSES,
	type RecordType
} from '../../../domain/disclosure/disclosure';
import { organisations } from './organisations';
import { processes } from './processes';
import { users } from './users';

/** The organisation's list of secrecy grounds (OSL provisions) a masked passage can cite. */
export const disclosureGrounds = pgTable(
	'disclosure_grounds',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** Set for the common grounds every list starts with (`DEFAULT_GROUNDS`), so each is added once. */
		defaultKey: text('default_key'),
		/** As cited in the marker: "OSL 21 kap. 7 §". */
		code: text('code').notNull(),
		label: text('label').notNull(),
		position: integer('position').notNull(),
		/** Removed from the list; passages and decisions that cite it keep it. */
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [
		index('disclosure_grounds_organisation_idx').on(t.organisationId),
		unique('disclosure_grounds_default_unique').on(t.organisationId, t.defaultKey)
	]
);

/** What the reviewer decided about the passages: the detector's proposals unmasked or regrounded, and their own. */
export type DisclosureReview = {
	/** By passage key: a proposal the reviewer unmasked (`masked: false`) or gave another ground. */
	passages: Record<string, { masked: boolean; groundId: string | null }>;
	/** Passages given by their exact text: in one record, or (recordKey null) in every record. */
	manual: { id: string; text: string; recordKey: string | null; groundId: string }[];
};

/**
 * The request. The requester's contact is in `disclosure_requesters`; the reviewer's own passages (what they typed to
 * mask, which may be a name) are kept in `review` with the request.
 */
export const disclosureRequests = pgTable(
	'disclosure_requests',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
		channel: text('channel', { enum: REQUEST_CHANNELS }).notNull(),
		/** What is asked for, in the requester's words as noted. */
		subject: text('subject').notNull(),
		/** The selection: one process (null: all of the organisation's), a period (days, inclusive), record types. */
		processId: uuid('process_id').references(() => processes.id),
		periodFrom: date('period_from', { mode: 'string' }),
		periodTo: date('period_to', { mode: 'string' }),
		recordTypes: jsonb('record_types').$type<RecordType[]>().notNull(),
		review: jsonb('review').$type<DisclosureReview>().notNull(),
		status: text('status', { enum: REQUEST_STATUSES }).notNull().default('open'),
		registeredByUserId: uuid('registered_by_user_id').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		outcome: text('outcome', { enum: DISCLOSURE_OUTCOMES }),
		reason: text('reason'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
		/** The delivery as decided (`Delivery` in the module): the PDF and CSV are rendered from it, never from live records. */
		delivery: jsonb('delivery')
	},
	(t) => [index('disclosure_requests_organisation_idx').on(t.organisationId, t.status, t.receivedAt)]
);

/** The requester's contact, if they gave one (anonymity is allowed): personal data, apart from the request. */
export const disclosureRequesters = pgTable('disclosure_requesters', {
	requestId: uuid('request_id')
		.primaryKey()
		.references(() => disclosureRequests.id),
	name: text('name'),
	email: text('email'),
	phone: text('phone'),
	address: text('address')
});
