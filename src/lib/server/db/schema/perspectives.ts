import { boolean, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { AGE_BANDS, CHANNELS, PERSPECTIVE_STATUSES, RELATIONS } from '../../../domain/perspective/perspective';
import { interviews } from './interviews';
import { processes } from './processes';
import { users } from './users';

/** Themes found in the harvest (or suggested up front by the facilitator). */
export const themes = pgTable(
	'themes',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		key: text('key').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('themes_process_key_unique').on(t.processId, t.key)]
);

/** Layer (b), the record: the perspective itself. No personal data columns here. */
export const perspectives = pgTable(
	'perspectives',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		text: text('text').notNull(),
		channel: text('channel', { enum: CHANNELS }).notNull(),
		themeId: uuid('theme_id').references(() => themes.id),
		isQuote: boolean('is_quote').notNull().default(false),
		status: text('status', { enum: PERSPECTIVE_STATUSES }).notNull().default('visible'),
		hiddenReason: text('hidden_reason'),
		/** Set when the contributor withdrew the perspective from their receipt page. */
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		receipt: text('receipt').notNull().unique(),
		enteredByUserId: uuid('entered_by_user_id').references(() => users.id),
		/** Set when the perspective came from an interview in the interview plan. */
		interviewId: uuid('interview_id').references(() => interviews.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('perspectives_process_idx').on(t.processId, t.createdAt)]
);

/** Layer (a): contact details for feedback, optional, removed when the promised feedback is done. */
export const perspectiveContacts = pgTable('perspective_contacts', {
	perspectiveId: uuid('perspective_id')
		.primaryKey()
		.references(() => perspectives.id),
	email: text('email'),
	phone: text('phone'),
	consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
	/** The language every message to this person is written in: the form's language, or chosen at staff entry. */
	language: text('language').notNull().default('sv'),
	/** The consent wording the person was shown (or read out) when the contact was recorded, as shown. */
	consentText: text('consent_text').notNull().default(''),
	/** Set when the contributor unsubscribed from news about their perspective (one click in any message). */
	unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true })
});

/** Layer (a): optional self-description, shown only in aggregate with small groups suppressed. */
export const perspectiveProfiles = pgTable('perspective_profiles', {
	perspectiveId: uuid('perspective_id')
		.primaryKey()
		.references(() => perspectives.id),
	ageBand: text('age_band', { enum: AGE_BANDS }),
	area: text('area'),
	relation: text('relation', { enum: RELATIONS }),
	consentedAt: timestamp('consented_at', { withTimezone: true }).notNull()
});
