/**
 * @module The public API's response shapes. Handlers parse their output through these schemas, and
 * the OpenAPI document is generated from the same schemas, so the description cannot drift.
 */
import { z } from 'zod';
import { PHASES } from '../domain/process/phases';
import { DECISION_STAGES, PARTICIPATION_LEVELS } from '../domain/process/participation';
import type { Process } from '../domain/process/process';
import { COSTS, TARGET_GROUPS, type Method } from '../domain/plan/methods';

/** Named API schemas; the OpenAPI document lists them under components.schemas. */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

export const apiErrorSchema = z
	.object({
		error: z.object({
			code: z.string().meta({ description: 'Machine-readable error code, e.g. not_found' }),
			message: z.string().meta({ description: 'Human message in Swedish (or English with Accept-Language: en)' })
		})
	})
	.register(apiRegistry, { id: 'Error' });

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.nullable();

export const phaseSchema = z
	.enum(PHASES)
	.register(apiRegistry, { id: 'Phase', description: "A phase of SKR's loop, in order" });

export const processSummarySchema = z
	.object({
		slug: z.string(),
		title: z.string(),
		question: z.string(),
		currentPhase: phaseSchema,
		url: z.string().meta({ description: 'Path of the public page' })
	})
	.register(apiRegistry, { id: 'ProcessSummary' });

export const processDetailSchema = processSummarySchema
	.extend({
		purpose: z.string(),
		context: z.string(),
		influenceDeclaration: z.object({
			openToInfluence: z.string(),
			notNegotiable: z.string(),
			notNegotiableReason: z.string(),
			whoDecides: z.string(),
			decisionWhen: z.string(),
			feedbackHow: z.string()
		}),
		phases: z.array(z.object({ phase: phaseSchema, startsOn: isoDate, endsOn: isoDate, isCurrent: z.boolean() })),
		participationLevels: z.object(
			Object.fromEntries(DECISION_STAGES.map((s) => [s, z.enum(PARTICIPATION_LEVELS)])) as Record<
				(typeof DECISION_STAGES)[number],
				z.ZodEnum<{ [K in (typeof PARTICIPATION_LEVELS)[number]]: K }>
			>
		),
		publishedAt: z.string().nullable(),
		updatedAt: z.string()
	})
	.register(apiRegistry, { id: 'Process' });

export const processListSchema = z
	.object({ processes: z.array(processSummarySchema) })
	.register(apiRegistry, { id: 'ProcessList' });

export function toProcessSummary(p: Process): z.infer<typeof processSummarySchema> {
	return {
		slug: p.slug,
		title: p.title,
		question: p.question,
		currentPhase: p.currentPhase,
		url: `/processer/${p.slug}`
	};
}

export function toProcessDetail(p: Process): z.infer<typeof processDetailSchema> {
	return processDetailSchema.parse({
		...toProcessSummary(p),
		purpose: p.purpose,
		context: p.context,
		influenceDeclaration: p.influence,
		phases: p.schedule.map((s) => ({ ...s, isCurrent: s.phase === p.currentPhase })),
		participationLevels: p.participation,
		publishedAt: p.publishedAt?.toISOString() ?? null,
		updatedAt: p.updatedAt.toISOString()
	});
}

// — plan (methods catalogue) —

const profileValue = z.number().int().min(-2).max(2);

export const methodSchema = z
	.object({
		key: z.string().meta({ description: 'Stable identifier, e.g. walk-and-talk' }),
		name: z.string().meta({ description: 'Swedish name' }),
		nameEn: z.string(),
		description: z.string().meta({ description: 'Plain Swedish description' }),
		descriptionEn: z.string(),
		profile: z
			.object({
				reach: profileValue.meta({ description: 'Hear few (−2) … hear many (+2)' }),
				depth: profileValue.meta({ description: 'Shallow (−2) … deep (+2)' }),
				mode: profileValue.meta({ description: 'Measure (−2) … reason (+2)' }),
				learning: profileValue.meta({ description: 'Spontaneous reaction (−2) … learning (+2)' })
			})
			.meta({ description: 'The strategic profile' }),
		participationLevels: z
			.array(z.enum(PARTICIPATION_LEVELS))
			.meta({ description: 'Participation levels the method fits' }),
		phases: z.array(phaseSchema),
		cost: z.enum(COSTS),
		costNote: z.string(),
		reaches: z.string().meta({ description: 'Whom it tends to reach' }),
		misses: z.string().meta({ description: 'Whom it tends to miss' }),
		reachesGroups: z.array(z.enum(TARGET_GROUPS)),
		missesGroups: z.array(z.enum(TARGET_GROUPS))
	})
	.register(apiRegistry, { id: 'Method' });

export const methodListSchema = z
	.object({ methods: z.array(methodSchema) })
	.register(apiRegistry, { id: 'MethodList' });

export function toMethodResource(m: Method): z.infer<typeof methodSchema> {
	const { activityKind: _kind, ...shown } = m;
	return shown;
}
