import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ComputedLottery, DrawInputs, DrawOutcome } from '../../../domain/panel/draw';
import type { PanelFeature, Quota } from '../../../domain/panel/panel';
import { processes } from './processes';
import { users } from './users';

/** A panel drawn by lot in a process (one per process): its size, questions (features as data) and quotas. */
export const panels = pgTable('panels', {
	id: uuid('id').primaryKey(),
	processId: uuid('process_id')
		.notNull()
		.unique()
		.references(() => processes.id),
	name: text('name').notNull(),
	size: integer('size').notNull(),
	reserves: integer('reserves').notNull(),
	householdCheck: boolean('household_check').notNull().default(false),
	features: jsonb('features').$type<PanelFeature[]>().notNull(),
	quotas: jsonb('quotas').$type<Quota[]>().notNull(),
	isRecruiting: boolean('is_recruiting').notNull().default(false),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
});

/** The pool: a pseudonymous code and the answers to the panel's questions. No personal data columns here. */
export const panelVolunteers = pgTable(
	'panel_volunteers',
	{
		id: uuid('id').primaryKey(),
		panelId: uuid('panel_id')
			.notNull()
			.references(() => panels.id),
		code: text('code').notNull(),
		values: jsonb('values').$type<Record<string, string>>().notNull(),
		/** SHA-256 of the normalised address, for "at most one per household"; null without an address. */
		householdKey: text('household_key'),
		source: text('source', { enum: ['import', 'form'] }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('panel_volunteers_code_unique').on(t.panelId, t.code)]
);

/** Personal data of a volunteer, read only by functions named for it (admin and facilitator). */
export const panelVolunteerContacts = pgTable('panel_volunteer_contacts', {
	volunteerId: uuid('volunteer_id')
		.primaryKey()
		.references(() => panelVolunteers.id),
	name: text('name').notNull(),
	email: text('email').notNull(),
	phone: text('phone'),
	address: text('address'),
	consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
	/** `urval-samtycke-…` for the interest form, `import` for a file (consent collected by the organisation). */
	consentVersion: text('consent_version').notNull(),
	importedByUserId: uuid('imported_by_user_id').references(() => users.id)
});

/**
 * One lottery and, once drawn, its result. Computing → computed (or failed) → drawn. A drawn row is never
 * changed again, except that a re-draw marks it superseded with the reason; the new draw is a new row.
 */
export const panelDraws = pgTable(
	'panel_draws',
	{
		id: uuid('id').primaryKey(),
		panelId: uuid('panel_id')
			.notNull()
			.references(() => panels.id),
		status: text('status', { enum: ['computing', 'computed', 'failed', 'drawn'] }).notNull(),
		inputs: jsonb('inputs').$type<DrawInputs>().notNull(),
		inputsSha256: text('inputs_sha256').notNull(),
		timeLimitMs: integer('time_limit_ms').notNull(),
		lottery: jsonb('lottery').$type<ComputedLottery>(),
		failure: text('failure'),
		requestedByUserId: uuid('requested_by_user_id').references(() => users.id),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
		computedAt: timestamp('computed_at', { withTimezone: true }),
		seed: text('seed'),
		outcome: jsonb('outcome').$type<DrawOutcome>(),
		drawnByUserId: uuid('drawn_by_user_id').references(() => users.id),
		drawnAt: timestamp('drawn_at', { withTimezone: true }),
		supersededAt: timestamp('superseded_at', { withTimezone: true }),
		supersededReason: text('superseded_reason')
	},
	(t) => [index('panel_draws_panel_idx').on(t.panelId, t.requestedAt)]
);

/** An invitation to a drawn member or a reserve; the reply link carries a token whose SHA-256 is stored. */
export const panelInvitations = pgTable(
	'panel_invitations',
	{
		id: uuid('id').primaryKey(),
		drawId: uuid('draw_id')
			.notNull()
			.references(() => panelDraws.id),
		volunteerId: uuid('volunteer_id')
			.notNull()
			.references(() => panelVolunteers.id),
		role: text('role', { enum: ['member', 'reserve'] }).notNull(),
		tokenSha256: text('token_sha256').notNull().unique(),
		status: text('status', { enum: ['invited', 'accepted', 'declined'] }).notNull(),
		replacesInvitationId: uuid('replaces_invitation_id'),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
		respondedAt: timestamp('responded_at', { withTimezone: true })
	},
	(t) => [unique('panel_invitations_draw_volunteer_unique').on(t.drawId, t.volunteerId)]
);
