/**
 * @module Plan input as it arrives from the forms, validated at the edge. Messages are i18n keys.
 * Checkbox groups arrive as `name.option=on` (so plain forms work) and become arrays here.
 */
import { z } from 'zod';
import { COSTS, PROFILE_AXES, TARGET_GROUPS, type TargetGroup } from '../domain/plan/methods';
import type { ChooserAnswers, Lean } from '../domain/plan/chooser';
import {
	ACTOR_GROUP_KINDS,
	ADAPTATION_KINDS,
	ESCALATION_LEVELS,
	GRADES,
	PLAN_SECTIONS,
	REPRESENTATIONS,
	type PlanSection
} from '../domain/plan/plan';
import { PROPOSER_ROLES } from '../domain/plan/question';
import {
	DECISION_STAGES,
	MATRIX_LEVELS,
	PARTICIPATION_LEVELS,
	type ParticipationLevel
} from '../domain/process/participation';
import { isPhase, PHASES } from '../domain/process/phases';

const text = (max: number) => z.string('error.text.tooLong').trim().max(max, 'error.text.tooLong').default('');
const required = (max: number, missing: string) =>
	z.string(missing).trim().min(1, missing).max(max, 'error.text.tooLong');

/** `{ a: 'on', b: 'on' }` → `['a', 'b']`, keeping only allowed options, in their canonical order. */
const checked = <T extends string>(options: readonly T[]) =>
	z
		.record(z.string(), z.string())
		.optional()
		.transform((o) => options.filter((opt) => o?.[opt] !== undefined));

export const methodInputSchema = z.object({
	name: required(80, 'error.method.name'),
	nameEn: text(80),
	description: required(3000, 'error.method.description'),
	descriptionEn: text(3000),
	profile: z.object(
		Object.fromEntries(
			PROFILE_AXES.map((a) => [
				a,
				z.coerce
					.number('error.method.profile')
					.int('error.method.profile')
					.min(-2, 'error.method.profile')
					.max(2, 'error.method.profile')
			])
		) as Record<(typeof PROFILE_AXES)[number], z.ZodNumber>
	),
	participationLevels: checked(MATRIX_LEVELS as ParticipationLevel[]).refine(
		(l) => l.length > 0,
		'error.method.levels'
	),
	phases: checked(PHASES).refine((l) => l.length > 0, 'error.method.phases'),
	cost: z.enum(COSTS, 'error.method.cost'),
	costNote: text(1000),
	reaches: text(1000),
	misses: text(1000),
	reachesGroups: checked(TARGET_GROUPS),
	missesGroups: checked(TARGET_GROUPS)
});

const date = z
	.string()
	.trim()
	.default('')
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'error.date.format');

export const sectionSchemas = {
	context: z.object({ earlier: text(6000), links: text(4000), known: text(6000), decisionSpace: text(4000) }),
	conflict: z.object({
		parties: text(4000),
		interests: text(4000),
		escalation: z.union([z.literal(''), z.enum(ESCALATION_LEVELS)], 'error.plan.escalation').default(''),
		safety: text(4000)
	}),
	readiness: z.object({
		politicalMandate: text(2000),
		managementMandate: text(2000),
		receivingWho: text(1000),
		receivingBy: date,
		feedbackPlan: text(2000),
		budget: text(1000),
		time: text(1000)
	})
} satisfies { [S in PlanSection]: z.ZodObject<Record<(typeof PLAN_SECTIONS)[S][number], z.ZodType>> };

const stage = z.object({ level: z.enum(PARTICIPATION_LEVELS, 'error.participation.choose'), channel: text(200) });

export const actorGroupInputSchema = z.object({
	name: required(120, 'error.plan.actorName'),
	kind: z.enum(ACTOR_GROUP_KINDS, 'error.plan.actorKind'),
	affected: z.enum(GRADES, 'error.plan.grade'),
	influence: z.enum(GRADES, 'error.plan.grade'),
	stages: z.object(
		Object.fromEntries(DECISION_STAGES.map((s) => [s, stage])) as Record<(typeof DECISION_STAGES)[number], typeof stage>
	)
});

export const activityInputSchema = z.object({
	methodKey: required(80, 'error.plan.method'),
	title: text(160),
	representation: z.enum(REPRESENTATIONS, 'error.plan.representation'),
	target: text(1000),
	note: text(2000)
});

export const adaptationInputSchema = z.object({
	kind: z.enum(ADAPTATION_KINDS, 'error.plan.adaptationKind'),
	description: required(1000, 'error.plan.adaptationDescription'),
	cost: z
		.string('error.plan.cost')
		.trim()
		.default('0')
		.transform((v) => Number(v.replace(/[\s\u00a0]|kr/gi, '') || '0'))
		.pipe(
			z.number('error.plan.cost').int('error.plan.cost').min(0, 'error.plan.cost').max(100_000_000, 'error.plan.cost')
		)
});

export const draftInputSchema = z.object({ text: required(300, 'error.question.required') });

export const proposalInputSchema = z.object({
	text: required(300, 'error.question.proposal'),
	proposerRole: z
		.union([z.literal(''), z.enum(PROPOSER_ROLES)])
		.default('')
		.transform((v) => (v === '' ? null : v))
});

export const hideInputSchema = z.object({
	formulationId: z.uuid('error.generic'),
	reason: required(300, 'error.question.hideReason')
});

const lean = (v: string | null): Lean => (v === 'low' || v === 'high' ? v : 'either');

/** Chooser answers from the query string of its GET form; anything unknown is ignored. */
export function chooserAnswersFrom(params: URLSearchParams): ChooserAnswers {
	const level = params.get('niva');
	const budget = params.get('budget');
	const phase = params.get('fas');
	return {
		groups: TARGET_GROUPS.filter((g) => params.getAll('grupp').includes(g)) as TargetGroup[],
		reach: lean(params.get('bredd')),
		depth: lean(params.get('djup')),
		mode: lean(params.get('satt')),
		learning: lean(params.get('larande')),
		phase: isPhase(phase) ? phase : null,
		level: (MATRIX_LEVELS as string[]).includes(level ?? '') ? (level as ParticipationLevel) : null,
		budget: COSTS.includes(budget as (typeof COSTS)[number]) ? (budget as (typeof COSTS)[number]) : null
	};
}
