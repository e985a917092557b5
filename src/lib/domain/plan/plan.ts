/**
 * @module The dialogue plan (dialogplanen): sections of free text (context analysis, conflict and risk
 * analysis, readiness) and lists (actor map, activities, adaptations). The readiness check names what is
 * missing before the process starts — shown, never blocking.
 */
import type { DecisionStage, ParticipationLevel } from '../process/participation';
import { DECISION_STAGES } from '../process/participation';
import type { Process } from '../process/process';

export const PLAN_SECTIONS = {
	context: ['earlier', 'links', 'known', 'decisionSpace'],
	conflict: ['parties', 'interests', 'escalation', 'safety'],
	readiness: ['politicalMandate', 'managementMandate', 'receivingWho', 'receivingBy', 'feedbackPlan', 'budget', 'time']
} as const;
export type PlanSection = keyof typeof PLAN_SECTIONS;
export const PLAN_SECTION_KEYS = Object.keys(PLAN_SECTIONS) as PlanSection[];
export type SectionContent<S extends PlanSection> = Record<(typeof PLAN_SECTIONS)[S][number], string>;
export type PlanSections = { [S in PlanSection]: SectionContent<S> };

export const isPlanSection = (v: unknown): v is PlanSection => typeof v === 'string' && v in PLAN_SECTIONS;

export const ESCALATION_LEVELS = ['low', 'medium', 'high'] as const;

export function emptySection<S extends PlanSection>(section: S): SectionContent<S> {
	return Object.fromEntries(PLAN_SECTIONS[section].map((f) => [f, ''])) as SectionContent<S>;
}

export const emptySections = (): PlanSections => ({
	context: emptySection('context'),
	conflict: emptySection('conflict'),
	readiness: emptySection('readiness')
});

// — Lists —

export const ACTOR_GROUP_KINDS = [
	'residents',
	'not-usually-heard',
	'associations',
	'businesses',
	'departments',
	'elected'
] as const;
export const GRADES = ['low', 'medium', 'high'] as const;
export type Grade = (typeof GRADES)[number];

/** Planned participation per decision stage for one actor group: a row of the Council of Europe matrix. */
export type ActorStage = { level: ParticipationLevel; channel: string };
export type ActorGroup = {
	name: string;
	kind: (typeof ACTOR_GROUP_KINDS)[number];
	affected: Grade;
	influence: Grade;
	stages: Record<DecisionStage, ActorStage>;
};

export const emptyActorStages = (): Record<DecisionStage, ActorStage> =>
	Object.fromEntries(DECISION_STAGES.map((s) => [s, { level: 'none', channel: '' }])) as Record<
		DecisionStage,
		ActorStage
	>;

/** How people come to an activity — and so who will be heard. */
export const REPRESENTATIONS = ['lot', 'snowball', 'self-selected', 'passers-by', 'any-time'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

export type Activity = {
	methodKey: string;
	title: string;
	representation: Representation;
	target: string;
	note: string;
};

export const ADAPTATION_KINDS = [
	'on-site',
	'phone-chat-sms',
	'interpreters',
	'childcare',
	'food',
	'times',
	'accessibility',
	'compensation',
	'other'
] as const;
export type Adaptation = { kind: (typeof ADAPTATION_KINDS)[number]; description: string; cost: number };

export const PLAN_ITEM_KINDS = ['actorGroup', 'activity', 'adaptation'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];
export type PlanItemContent = { actorGroup: ActorGroup; activity: Activity; adaptation: Adaptation };
export type PlanItem<K extends PlanItemKind = PlanItemKind> = {
	id: string;
	kind: K;
	content: PlanItemContent[K];
	createdAt: Date;
	updatedAt: Date;
};

export const totalCost = (adaptations: readonly Adaptation[]): number =>
	adaptations.reduce((sum, a) => sum + a.cost, 0);

// — Readiness —

export const READINESS_ITEMS = [
	'politicalMandate',
	'managementMandate',
	'receivingCapacity',
	'feedbackPlan',
	'notNegotiable',
	'budget',
	'time'
] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];
export type ReadinessCheck = { item: ReadinessItem; ready: boolean }[];

const filled = (v: string | undefined) => (v ?? '').trim() !== '';

/**
 * The seeds' obstacles as a checklist. Feedback and what is not negotiable can also come from the
 * influence declaration, where the public already reads them.
 */
export function checkReadiness(
	readiness: SectionContent<'readiness'>,
	influence: Process['influence']
): ReadinessCheck {
	const ready: Record<ReadinessItem, boolean> = {
		politicalMandate: filled(readiness.politicalMandate),
		managementMandate: filled(readiness.managementMandate),
		receivingCapacity: filled(readiness.receivingWho) && filled(readiness.receivingBy),
		feedbackPlan: filled(readiness.feedbackPlan) || filled(influence.feedbackHow),
		notNegotiable: filled(influence.notNegotiable),
		budget: filled(readiness.budget),
		time: filled(readiness.time)
	};
	return READINESS_ITEMS.map((item) => ({ item, ready: ready[item] }));
}

/** Lines of the context section's links field that are web addresses, as `{ title, url }`. */
export function parseLinks(text: string): { title: string; url: string | null }[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((line) => {
			const match = line.match(/https?:\/\/\S+/);
			if (!match) return { title: line, url: null };
			const title = line
				.replace(match[0], '')
				.replace(/[\s–—:-]+$/, '')
				.trim();
			return { title: title || match[0], url: match[0] };
		});
}
