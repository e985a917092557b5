import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { COSTS, type MethodProfile, type TargetGroup } from '../../../domain/plan/methods';
import { PLAN_ITEM_KINDS } from '../../../domain/plan/plan';
import { PROPOSER_ROLES } from '../../../domain/plan/question';
import type { ParticipationLevel } from '../../../domain/process/participation';
import type { Phase } from '../../../domain/process/phases';
import { organisations } from './organisations';
import { processes } from './processes';

/** The methods catalogue, one copy per organisation (seeded, then edited by the organisation). */
export const methods = pgTable(
	'methods',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		key: text('key').notNull(),
		name: text('name').notNull(),
		nameEn: text('name_en').notNull().default(''),
		description: text('description').notNull(),
		descriptionEn: text('description_en').notNull().default(''),
		profile: jsonb('profile').$type<MethodProfile>().notNull(),
		participationLevels: jsonb('participation_levels').$type<ParticipationLevel[]>().notNull(),
		phases: jsonb('phases').$type<Phase[]>().notNull(),
		cost: text('cost', { enum: COSTS }).notNull(),
		costNote: text('cost_note').notNull().default(''),
		reaches: text('reaches').notNull().default(''),
		misses: text('misses').notNull().default(''),
		reachesGroups: jsonb('reaches_groups').$type<TargetGroup[]>().notNull().default([]),
		missesGroups: jsonb('misses_groups').$type<TargetGroup[]>().notNull().default([]),
		activityKind: text('activity_kind').notNull().default(''),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('methods_org_key_unique').on(t.organisationId, t.key)]
);

/** Free-text sections of a process's plan (context, conflict, readiness), one row per section. */
export const planSections = pgTable(
	'plan_sections',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		section: text('section').notNull(),
		content: jsonb('content').$type<Record<string, string>>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.section] })]
);

/** Listed parts of a plan: actor groups, activities, adaptations. Removed items are withdrawn, not deleted. */
export const planItems = pgTable(
	'plan_items',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		kind: text('kind', { enum: PLAN_ITEM_KINDS }).notNull(),
		content: jsonb('content').$type<Record<string, unknown>>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	(t) => [index('plan_items_process_idx').on(t.processId, t.kind, t.createdAt)]
);

/** Drafts of the question and proposed reformulations. No personal data: the proposer's role only. */
export const questionFormulations = pgTable(
	'question_formulations',
	{
		id: uuid('id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		round: integer('round').notNull(),
		kind: text('kind', { enum: ['draft', 'proposal'] }).notNull(),
		text: text('text').notNull(),
		proposerRole: text('proposer_role', { enum: PROPOSER_ROLES }),
		status: text('status', { enum: ['visible', 'hidden'] })
			.notNull()
			.default('visible'),
		hiddenReason: text('hidden_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		fixedAt: timestamp('fixed_at', { withTimezone: true })
	},
	(t) => [index('question_formulations_process_idx').on(t.processId, t.round)]
);

/** One choice per browser and round; the browser is known only by the hash of an anonymous cookie. */
export const questionChoices = pgTable(
	'question_choices',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		round: integer('round').notNull(),
		voterHash: text('voter_hash').notNull(),
		formulationId: uuid('formulation_id')
			.notNull()
			.references(() => questionFormulations.id),
		chosenAt: timestamp('chosen_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.round, t.voterHash] })]
);
