/**
 * @module Working groups, their sessions and harvest notes, proposals with arguments, dots, assessments and
 * commitments (phases 4–5). Personal data (a member's name and email) lives in `working_group_member_contacts`,
 * apart from the membership. Nothing here is deleted: things are withdrawn or hidden with a reason.
 */
import { bigint, boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { COMMITMENT_STATUSES, PARTIES } from '../../../domain/cocreation/commitment';
import { ARGUMENT_SIDES, TERMS } from '../../../domain/cocreation/proposal';
import { NOTE_KINDS } from '../../../domain/cocreation/session';
import { MEMBER_ROLES } from '../../../domain/cocreation/working-group';
import { perspectives, themes } from './perspectives';
import { processes } from './processes';
import { users } from './users';

const withdrawn = {
	withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
	withdrawnReason: text('withdrawn_reason')
};

/** One working group per process, with how many dots each member places. */
export const workingGroups = pgTable('working_groups', {
	processId: uuid('process_id')
		.primaryKey()
		.references(() => processes.id),
	dotsPerMember: integer('dots_per_member').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
});

/** A membership: the role and what the member brings. No name or email here. */
export const workingGroupMembers = pgTable(
	'working_group_members',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		role: text('role', { enum: MEMBER_ROLES }).notNull(),
		/** What the member brings, in their own words (shown publicly, never with a name unless agreed). */
		brings: text('brings').notNull().default(''),
		/** The member agreed that their name is shown on the public page. */
		showName: boolean('show_name').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		...withdrawn
	},
	(t) => [index('wg_members_process_idx').on(t.processId)]
);

/** Personal data, apart: read only by functions named for it. */
export const workingGroupMemberContacts = pgTable('working_group_member_contacts', {
	memberId: uuid('member_id')
		.primaryKey()
		.references(() => workingGroupMembers.id),
	name: text('name').notNull(),
	email: text('email').notNull()
});

export const workingGroupMemberThemes = pgTable(
	'working_group_member_themes',
	{
		memberId: uuid('member_id')
			.notNull()
			.references(() => workingGroupMembers.id),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id)
	},
	(t) => [primaryKey({ columns: [t.memberId, t.themeId] })]
);

/** Population groups (age bands) whose perspective a member carries into the group. */
export const workingGroupMemberGroups = pgTable(
	'working_group_member_groups',
	{
		memberId: uuid('member_id')
			.notNull()
			.references(() => workingGroupMembers.id),
		groupKey: text('group_key').notNull()
	},
	(t) => [primaryKey({ columns: [t.memberId, t.groupKey] })]
);

/** Personal sign-in links: only the SHA-256 of the token is stored. */
export const memberInvitations = pgTable(
	'member_invitations',
	{
		tokenHash: text('token_hash').primaryKey(),
		memberId: uuid('member_id')
			.notNull()
			.references(() => workingGroupMembers.id),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('member_invitations_member_idx').on(t.memberId)]
);

/** A member's browser session after following the link; only the SHA-256 of the cookie is stored. */
export const memberSessions = pgTable(
	'member_sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		memberId: uuid('member_id')
			.notNull()
			.references(() => workingGroupMembers.id),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('member_sessions_member_idx').on(t.memberId)]
);

/** A session (möte) of the working group. */
export const groupSessions = pgTable(
	'group_sessions',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		title: text('title').notNull(),
		heldOn: date('held_on', { mode: 'string' }).notNull(),
		place: text('place').notNull(),
		/** A key of the methods catalogue. */
		methodKey: text('method_key').notNull(),
		agenda: text('agenda').notNull().default(''),
		harvestPublishedAt: timestamp('harvest_published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		...withdrawn
	},
	(t) => [index('group_sessions_process_idx').on(t.processId, t.heldOn)]
);

/** A harvest note, stored before it is broadcast; `seq` orders them and resumes a live stream. */
export const harvestNotes = pgTable(
	'harvest_notes',
	{
		id: uuid('id').primaryKey(),
		seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => groupSessions.id),
		kind: text('kind', { enum: NOTE_KINDS }).notNull(),
		text: text('text').notNull(),
		authorUserId: uuid('author_user_id').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason')
	},
	(t) => [index('harvest_notes_session_idx').on(t.sessionId, t.seq)]
);

export const harvestNoteThemes = pgTable(
	'harvest_note_themes',
	{
		noteId: uuid('note_id')
			.notNull()
			.references(() => harvestNotes.id),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id)
	},
	(t) => [primaryKey({ columns: [t.noteId, t.themeId] })]
);

export const harvestNotePerspectives = pgTable(
	'harvest_note_perspectives',
	{
		noteId: uuid('note_id')
			.notNull()
			.references(() => harvestNotes.id),
		perspectiveId: uuid('perspective_id')
			.notNull()
			.references(() => perspectives.id)
	},
	(t) => [primaryKey({ columns: [t.noteId, t.perspectiveId] })]
);

/** An action proposal (åtgärdsförslag). */
export const proposals = pgTable(
	'proposals',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		title: text('title').notNull(),
		what: text('what').notNull(),
		why: text('why').notNull(),
		term: text('term', { enum: TERMS }).notNull(),
		costNote: text('cost_note').notNull().default(''),
		feasibilityNote: text('feasibility_note').notNull().default(''),
		createdByUserId: uuid('created_by_user_id').references(() => users.id),
		createdByMemberId: uuid('created_by_member_id').references(() => workingGroupMembers.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		...withdrawn
	},
	(t) => [index('proposals_process_idx').on(t.processId)]
);

/** Link tables: a later decision can trace perspective → proposal → decision. */
export const proposalThemes = pgTable(
	'proposal_themes',
	{
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id)
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.themeId] })]
);

export const proposalPerspectives = pgTable(
	'proposal_perspectives',
	{
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		perspectiveId: uuid('perspective_id')
			.notNull()
			.references(() => perspectives.id)
	},
	(t) => [
		primaryKey({ columns: [t.proposalId, t.perspectiveId] }),
		index('proposal_perspectives_perspective_idx').on(t.perspectiveId)
	]
);

/** An argument for or against, from a member or from the public. Hidden (unlawful content only) with a reason. */
export const proposalArguments = pgTable(
	'proposal_arguments',
	{
		id: uuid('id').primaryKey(),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		side: text('side', { enum: ARGUMENT_SIDES }).notNull(),
		text: text('text').notNull(),
		source: text('source', { enum: ['member', 'public'] }).notNull(),
		memberId: uuid('member_id').references(() => workingGroupMembers.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason')
	},
	(t) => [index('proposal_arguments_proposal_idx').on(t.proposalId, t.createdAt)]
);

/** A member's dots on one proposal (their allocation is replaced as a whole; the audit keeps each version). */
export const dotVotes = pgTable(
	'dot_votes',
	{
		memberId: uuid('member_id')
			.notNull()
			.references(() => workingGroupMembers.id),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		dots: integer('dots').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.memberId, t.proposalId] })]
);

/** A member's 360° assessment of one proposal, 1–5 per criterion. */
export const proposalAssessments = pgTable(
	'proposal_assessments',
	{
		memberId: uuid('member_id')
			.notNull()
			.references(() => workingGroupMembers.id),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		sustainability: integer('sustainability').notNull(),
		legitimacy: integer('legitimacy').notNull(),
		service: integer('service').notNull(),
		feasibility: integer('feasibility').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.memberId, t.proposalId] })]
);

/** Who commits to what, by when. */
export const commitments = pgTable(
	'commitments',
	{
		id: uuid('id').primaryKey(),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposals.id),
		party: text('party', { enum: PARTIES }).notNull(),
		what: text('what').notNull(),
		owner: text('owner').notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		status: text('status', { enum: COMMITMENT_STATUSES }).notNull(),
		cancelReason: text('cancel_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [index('commitments_proposal_idx').on(t.proposalId)]
);
