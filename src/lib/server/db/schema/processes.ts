import { boolean, date, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { PHASES } from '../../../domain/process/phases';
import type { ParticipationMatrix } from '../../../domain/process/participation';
import { organisations } from './organisations';
import { users } from './users';

export const processes = pgTable(
	'processes',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		question: text('question').notNull(),
		purpose: text('purpose').notNull().default(''),
		context: text('context').notNull().default(''),
		openToInfluence: text('open_to_influence').notNull().default(''),
		notNegotiable: text('not_negotiable').notNull().default(''),
		notNegotiableReason: text('not_negotiable_reason').notNull().default(''),
		whoDecides: text('who_decides').notNull().default(''),
		decisionWhen: text('decision_when').notNull().default(''),
		feedbackHow: text('feedback_how').notNull().default(''),
		participation: jsonb('participation').$type<ParticipationMatrix>().notNull(),
		/** Areas residents can pick in their self-description (e.g. parts of the village). */
		areas: jsonb('areas').$type<string[]>().notNull().default([]),
		/** Population of the area by age band (from SCB statistics), to compare who has been heard. */
		population: jsonb('population')
			.$type<{ ageBand?: Record<string, number>; source?: string }>()
			.notNull()
			.default({}),
		currentPhase: text('current_phase', { enum: PHASES }).notNull(),
		isPublished: boolean('is_published').notNull().default(false),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('processes_org_slug_unique').on(t.organisationId, t.slug)]
);

export const processPhases = pgTable(
	'process_phases',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		phase: text('phase', { enum: PHASES }).notNull(),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' })
	},
	(t) => [primaryKey({ columns: [t.processId, t.phase] })]
);

/**
 * Facilitators per process: a staff member with the facilitator role runs the processes listed here (and
 * those they created); in the organisation's other processes they have an official's rights.
 */
export const processFacilitators = pgTable(
	'process_facilitators',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => processes.id),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.userId] })]
);
