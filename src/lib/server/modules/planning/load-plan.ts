/**
 * @module Everything a plan holds, as one read model: for the plan pages, the plan document and its PDF,
 * and (the non-sensitive parts) for the public.
 */
import type { Method } from '../../../domain/plan/methods';
import {
	checkReadiness,
	totalCost,
	type PlanItem,
	type PlanSections,
	type ReadinessCheck
} from '../../../domain/plan/plan';
import { takesProposals, type Round } from '../../../domain/plan/question';
import type { Process } from '../../../domain/process/process';
import type { Db } from '../../db/client';
import { listItems, listMethods, loadSections } from './queries/plan';
import { loadRounds } from './formulate-question';

export type PlanView = {
	sections: PlanSections;
	actorGroups: PlanItem<'actorGroup'>[];
	activities: (PlanItem<'activity'> & { method: Method | null })[];
	adaptations: PlanItem<'adaptation'>[];
	adaptationsTotal: number;
	readiness: ReadinessCheck;
	rounds: Round[];
};

export async function loadPlan(db: Db, process: Process): Promise<PlanView> {
	const [sections, actorGroups, activities, adaptations, methods, rounds] = await Promise.all([
		loadSections(db, process.id),
		listItems(db, process.id, 'actorGroup'),
		listItems(db, process.id, 'activity'),
		listItems(db, process.id, 'adaptation'),
		listMethods(db, process.organisationId),
		loadRounds({ db }, process.id)
	]);
	return {
		sections,
		actorGroups,
		activities: activities.map((a) => ({ ...a, method: methods.find((m) => m.key === a.content.methodKey) ?? null })),
		adaptations,
		adaptationsTotal: totalCost(adaptations.map((a) => a.content)),
		readiness: checkReadiness(sections.readiness, process.influence),
		rounds
	};
}

/** What the public may read of a plan: no conflict analysis (parties, safety), no readiness notes or costs. */
export function publicPlan(plan: PlanView) {
	return {
		context: {
			earlier: plan.sections.context.earlier,
			links: plan.sections.context.links,
			decisionSpace: plan.sections.context.decisionSpace
		},
		actorGroups: plan.actorGroups.map((a) => ({
			name: a.content.name,
			kind: a.content.kind,
			stages: a.content.stages
		})),
		activities: plan.activities.map((a) => ({
			title: a.content.title,
			methodKey: a.content.methodKey,
			methodName: a.method?.name ?? a.content.methodKey,
			representation: a.content.representation,
			target: a.content.target
		})),
		adaptations: plan.adaptations.map((a) => ({ kind: a.content.kind, description: a.content.description }))
	};
}

/** The plan's part of the public process page: is the question open for proposals, and which methods are planned. */
export async function planOnProcessPage(
	db: Db,
	process: Process
): Promise<{ questionOpen: boolean; methods: { key: string; name: string }[] }> {
	const [rounds, activities, methods] = await Promise.all([
		loadRounds({ db }, process.id),
		listItems(db, process.id, 'activity'),
		listMethods(db, process.organisationId)
	]);
	const keys = [...new Set(activities.map((a) => a.content.methodKey))];
	return {
		questionOpen: takesProposals(process.currentPhase, process.isPublished, rounds),
		methods: keys.map((key) => ({ key, name: methods.find((m) => m.key === key)?.name ?? key }))
	};
}
