/**
 * @module Plan rows ↔ domain: the methods catalogue, plan sections and items, question formulations and
 * the anonymous choices (counted, never listed).
 */
import { and, asc, count, eq, isNull, max } from 'drizzle-orm';
import type { Method } from '../../../../domain/plan/methods';
import {
	emptySection,
	PLAN_SECTIONS,
	type PlanItem,
	type PlanItemContent,
	type PlanItemKind,
	type PlanSection,
	type PlanSections,
	type SectionContent
} from '../../../../domain/plan/plan';
import type { Formulation } from '../../../../domain/plan/question';
import type { Db, Tx } from '../../../db/client';
import { methods, planItems, planSections, questionChoices, questionFormulations } from '../../../db/schema/index';

// — Methods —

type MethodRow = typeof methods.$inferSelect;
const toMethod = ({ id: _id, organisationId: _o, updatedAt: _u, ...m }: MethodRow): Method => m;

export async function listMethods(db: Db | Tx, organisationId: string): Promise<Method[]> {
	const rows = await db
		.select()
		.from(methods)
		.where(eq(methods.organisationId, organisationId))
		.orderBy(asc(methods.name));
	return rows.map(toMethod).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export async function findMethod(
	db: Db | Tx,
	organisationId: string,
	key: string
): Promise<(Method & { id: string }) | null> {
	const [row] = await db
		.select()
		.from(methods)
		.where(and(eq(methods.organisationId, organisationId), eq(methods.key, key)));
	return row ? { ...toMethod(row), id: row.id } : null;
}

export async function saveMethod(tx: Tx, organisationId: string, m: Method, at: Date): Promise<void> {
	const { key, ...rest } = m;
	await tx
		.update(methods)
		.set({ ...rest, updatedAt: at })
		.where(and(eq(methods.organisationId, organisationId), eq(methods.key, key)));
}

/** Insert methods into an organisation's catalogue. */
export async function insertMethods(
	tx: Tx,
	organisationId: string,
	list: Method[],
	newId: () => string,
	at: Date
): Promise<void> {
	if (list.length > 0)
		await tx.insert(methods).values(list.map((m) => ({ ...m, id: newId(), organisationId, updatedAt: at })));
}

export async function listMethodKeys(db: Db | Tx, organisationId: string): Promise<Set<string>> {
	return new Set(
		(await db.select({ key: methods.key }).from(methods).where(eq(methods.organisationId, organisationId))).map(
			(r) => r.key
		)
	);
}

// — Sections —

export async function loadSections(db: Db | Tx, processId: string): Promise<PlanSections> {
	const rows = await db.select().from(planSections).where(eq(planSections.processId, processId));
	const result = {} as Record<PlanSection, Record<string, string>>;
	for (const section of Object.keys(PLAN_SECTIONS) as PlanSection[]) {
		const row = rows.find((r) => r.section === section);
		result[section] = { ...emptySection(section), ...(row?.content ?? {}) };
	}
	return result as PlanSections;
}

export async function saveSection<S extends PlanSection>(
	tx: Tx,
	processId: string,
	section: S,
	content: SectionContent<S>,
	at: Date
): Promise<void> {
	await tx
		.insert(planSections)
		.values({ processId, section, content, updatedAt: at })
		.onConflictDoUpdate({ target: [planSections.processId, planSections.section], set: { content, updatedAt: at } });
}

// — Items —

export async function listItems<K extends PlanItemKind>(
	db: Db | Tx,
	processId: string,
	kind: K
): Promise<PlanItem<K>[]> {
	const rows = await db
		.select()
		.from(planItems)
		.where(and(eq(planItems.processId, processId), eq(planItems.kind, kind), isNull(planItems.withdrawnAt)))
		.orderBy(asc(planItems.createdAt), asc(planItems.id));
	return rows.map((r) => ({
		id: r.id,
		kind,
		content: r.content as PlanItemContent[K],
		createdAt: r.createdAt,
		updatedAt: r.updatedAt
	}));
}

export async function insertItem<K extends PlanItemKind>(tx: Tx, processId: string, item: PlanItem<K>): Promise<void> {
	await tx.insert(planItems).values({
		id: item.id,
		processId,
		kind: item.kind,
		content: item.content as Record<string, unknown>,
		createdAt: item.createdAt,
		updatedAt: item.updatedAt
	});
}

export async function updateItem(
	tx: Tx,
	processId: string,
	id: string,
	content: Record<string, unknown>,
	at: Date
): Promise<boolean> {
	const rows = await tx
		.update(planItems)
		.set({ content, updatedAt: at })
		.where(and(eq(planItems.id, id), eq(planItems.processId, processId), isNull(planItems.withdrawnAt)))
		.returning({ id: planItems.id });
	return rows.length > 0;
}

export async function withdrawItem(tx: Tx, processId: string, id: string, at: Date): Promise<boolean> {
	const rows = await tx
		.update(planItems)
		.set({ withdrawnAt: at, updatedAt: at })
		.where(and(eq(planItems.id, id), eq(planItems.processId, processId), isNull(planItems.withdrawnAt)))
		.returning({ id: planItems.id });
	return rows.length > 0;
}

// — Question formulations —

export async function listFormulations(db: Db | Tx, processId: string): Promise<Formulation[]> {
	const rows = await db
		.select()
		.from(questionFormulations)
		.where(eq(questionFormulations.processId, processId))
		.orderBy(asc(questionFormulations.createdAt), asc(questionFormulations.id));
	return rows.map(({ processId: _p, ...f }) => f);
}

export async function insertFormulation(tx: Tx, processId: string, f: Formulation): Promise<void> {
	await tx.insert(questionFormulations).values({ ...f, processId });
}

export async function hideFormulation(tx: Tx, processId: string, id: string, reason: string): Promise<boolean> {
	const rows = await tx
		.update(questionFormulations)
		.set({ status: 'hidden', hiddenReason: reason })
		.where(
			and(
				eq(questionFormulations.id, id),
				eq(questionFormulations.processId, processId),
				eq(questionFormulations.kind, 'proposal')
			)
		)
		.returning({ id: questionFormulations.id });
	return rows.length > 0;
}

export async function markFixed(tx: Tx, id: string, at: Date): Promise<void> {
	await tx.update(questionFormulations).set({ fixedAt: at }).where(eq(questionFormulations.id, id));
}

/** Choices per formulation: counts only. */
export async function countChoices(db: Db | Tx, processId: string): Promise<Record<string, number>> {
	const rows = await db
		.select({ formulationId: questionChoices.formulationId, n: count() })
		.from(questionChoices)
		.where(eq(questionChoices.processId, processId))
		.groupBy(questionChoices.formulationId);
	return Object.fromEntries(rows.map((r) => [r.formulationId, Number(r.n)]));
}

export async function findChoice(
	db: Db | Tx,
	processId: string,
	round: number,
	voterHash: string
): Promise<string | null> {
	const [row] = await db
		.select({ formulationId: questionChoices.formulationId })
		.from(questionChoices)
		.where(
			and(
				eq(questionChoices.processId, processId),
				eq(questionChoices.round, round),
				eq(questionChoices.voterHash, voterHash)
			)
		);
	return row?.formulationId ?? null;
}

/** One choice per browser and round: choosing again replaces the earlier choice. */
export async function saveChoice(
	tx: Tx,
	processId: string,
	round: number,
	voterHash: string,
	formulationId: string,
	at: Date
): Promise<void> {
	await tx
		.insert(questionChoices)
		.values({ processId, round, voterHash, formulationId, chosenAt: at })
		.onConflictDoUpdate({
			target: [questionChoices.processId, questionChoices.round, questionChoices.voterHash],
			set: { formulationId, chosenAt: at }
		});
}

export async function lastRound(db: Db | Tx, processId: string): Promise<number> {
	const [row] = await db
		.select({ round: max(questionFormulations.round) })
		.from(questionFormulations)
		.where(eq(questionFormulations.processId, processId));
	return row?.round ?? 0;
}
