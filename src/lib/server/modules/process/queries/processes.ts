/**
 * @module Process rows ↔ domain `Process`. The only place that knows how a process is stored.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';

import { normaliseSchedule } from '../../../../domain/process/rules';
import type { Process } from '../../../../domain/process/process';
import type { Db, Tx } from '../../../db/client';
import { processCarryOvers, processes, processPhases } from '../../../db/schema/index';

type Row = typeof processes.$inferSelect;
type PhaseRow = typeof processPhases.$inferSelect;

function toDomain(row: Row, phases: PhaseRow[]): Process {
	return {
		id: row.id,
		organisationId: row.organisationId,
		slug: row.slug,
		title: row.title,
		question: row.question,
		purpose: row.purpose,
		context: row.context,
		influence: {
			openToInfluence: row.openToInfluence,
			notNegotiable: row.notNegotiable,
			notNegotiableReason: row.notNegotiableReason,
			whoDecides: row.whoDecides,
			decisionWhen: row.decisionWhen,
			feedbackHow: row.feedbackHow
		},
		participation: row.participation,
		schedule: normaliseSchedule(phases.map((p) => ({ phase: p.phase, startsOn: p.startsOn, endsOn: p.endsOn }))),
		currentPhase: row.currentPhase,
		areas: row.areas,
		population: row.population,
		isPublished: row.isPublished,
		publishedAt: row.publishedAt,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

function toRow(p: Process): Row {
	return {
		id: p.id,
		organisationId: p.organisationId,
		slug: p.slug,
		title: p.title,
		question: p.question,
		purpose: p.purpose,
		context: p.context,
		...p.influence,
		participation: p.participation,
		currentPhase: p.currentPhase,
		areas: p.areas,
		population: p.population,
		isPublished: p.isPublished,
		publishedAt: p.publishedAt,
		createdAt: p.createdAt,
		updatedAt: p.updatedAt
	};
}

async function withPhases(db: Db | Tx, rows: Row[]): Promise<Process[]> {
	if (rows.length === 0) return [];
	const phases = await db
		.select()
		.from(processPhases)
		.where(
			inArray(
				processPhases.processId,
				rows.map((r) => r.id)
			)
		);
	return rows.map((r) =>
		toDomain(
			r,
			phases.filter((p) => p.processId === r.id)
		)
	);
}

export async function findProcessBySlug(db: Db | Tx, organisationId: string, slug: string): Promise<Process | null> {
	const rows = await db
		.select()
		.from(processes)
		.where(and(eq(processes.organisationId, organisationId), eq(processes.slug, slug)));
	if (rows.length === 0) return null;
	const phases = await db.select().from(processPhases).where(eq(processPhases.processId, rows[0].id));
	return toDomain(rows[0], phases);
}

export async function listProcesses(
	db: Db | Tx,
	organisationId: string,
	only: 'published' | 'all'
): Promise<Process[]> {
	const where =
		only === 'published'
			? and(eq(processes.organisationId, organisationId), eq(processes.isPublished, true))
			: eq(processes.organisationId, organisationId);
	const rows = await db.select().from(processes).where(where).orderBy(desc(processes.updatedAt), asc(processes.title));
	return withPhases(db, rows);
}

export async function isSlugTaken(db: Db | Tx, organisationId: string, slug: string): Promise<boolean> {
	const rows = await db
		.select({ id: processes.id })
		.from(processes)
		.where(and(eq(processes.organisationId, organisationId), eq(processes.slug, slug)));
	return rows.length > 0;
}

export async function insertProcess(tx: Tx, p: Process): Promise<void> {
	await tx.insert(processes).values(toRow(p));
	await tx.insert(processPhases).values(
		normaliseSchedule(p.schedule).map((s) => ({
			processId: p.id,
			phase: s.phase,
			startsOn: s.startsOn,
			endsOn: s.endsOn
		}))
	);
}

export async function saveProcess(tx: Tx, p: Process): Promise<void> {
	const { id: _id, organisationId: _org, createdAt: _created, ...changes } = toRow(p);
	await tx.update(processes).set(changes).where(eq(processes.id, p.id));
	for (const s of normaliseSchedule(p.schedule)) {
		await tx
			.insert(processPhases)
			.values({ processId: p.id, phase: s.phase, startsOn: s.startsOn, endsOn: s.endsOn })
			.onConflictDoUpdate({
				target: [processPhases.processId, processPhases.phase],
				set: { startsOn: s.startsOn, endsOn: s.endsOn }
			});
	}
}

/** The loop a process continues (the one it carried over from), if any. */
export async function findPreviousLoop(
	db: Db | Tx,
	processId: string
): Promise<{ id: string; slug: string; title: string } | null> {
	const rows = await db
		.select({ id: processes.id, slug: processes.slug, title: processes.title })
		.from(processCarryOvers)
		.innerJoin(processes, eq(processes.id, processCarryOvers.fromProcessId))
		.where(eq(processCarryOvers.processId, processId));
	return rows[0] ?? null;
}
