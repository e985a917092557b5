/**
 * @module Evaluation survey, answers, lessons and next-loop carry-overs ↔ rows. Answers are read back only as
 * a plain list for the aggregation (the domain suppresses small groups); respondents only as "has answered".
 */
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CarryOver } from '../../../../domain/learning/carry-over';
import type { EvaluationAnswer, SurveyState } from '../../../../domain/learning/evaluation';
import type { Lesson, LessonKind } from '../../../../domain/learning/lesson';
import type { Db, Tx } from '../../../db/client';
import {
	evaluationAnswers,
	evaluationRespondents,
	evaluationSurveys,
	lessons,
	perspectives,
	processCarryOvers,
	processes,
	tensions
} from '../../../db/schema/index';

export async function findSurvey(db: Db | Tx, processId: string): Promise<SurveyState | null> {
	const rows = await db
		.select({
			isOpen: evaluationSurveys.isOpen,
			openedAt: evaluationSurveys.openedAt,
			closedAt: evaluationSurveys.closedAt
		})
		.from(evaluationSurveys)
		.where(eq(evaluationSurveys.processId, processId));
	return rows[0] ?? null;
}

export async function saveSurvey(tx: Tx, processId: string, state: SurveyState, at: Date): Promise<void> {
	await tx
		.insert(evaluationSurveys)
		.values({ processId, ...state, changedAt: at })
		.onConflictDoUpdate({ target: evaluationSurveys.processId, set: { ...state, changedAt: at } });
}

export async function hasResponded(db: Db | Tx, processId: string, respondentHash: string): Promise<boolean> {
	const rows = await db
		.select({ h: evaluationRespondents.respondentHash })
		.from(evaluationRespondents)
		.where(
			and(eq(evaluationRespondents.processId, processId), eq(evaluationRespondents.respondentHash, respondentHash))
		);
	return rows.length > 0;
}

/**
 * Marks the respondent and stores the answer in two unlinked rows. False (and nothing stored) when this
 * respondent has already answered — the primary key decides, so two tabs at once still give one answer.
 */
export async function insertAnswer(
	tx: Tx,
	processId: string,
	respondentHash: string,
	answer: EvaluationAnswer & { id: string; answeredOn: string }
): Promise<boolean> {
	const marked = await tx
		.insert(evaluationRespondents)
		.values({ processId, respondentHash })
		.onConflictDoNothing()
		.returning({ h: evaluationRespondents.respondentHash });
	if (marked.length === 0) return false;
	await tx.insert(evaluationAnswers).values({ ...answer, processId });
	return true;
}

export async function listAnswers(db: Db | Tx, processId: string): Promise<EvaluationAnswer[]> {
	return db
		.select({
			audience: evaluationAnswers.audience,
			trust: evaluationAnswers.trust,
			understanding: evaluationAnswers.understanding,
			influence: evaluationAnswers.influence,
			again: evaluationAnswers.again,
			comment: evaluationAnswers.comment
		})
		.from(evaluationAnswers)
		.where(eq(evaluationAnswers.processId, processId))
		.orderBy(asc(evaluationAnswers.answeredOn), asc(evaluationAnswers.id));
}

const lessonColumns = {
	id: lessons.id,
	processId: lessons.processId,
	kind: lessons.kind,
	text: lessons.text,
	isPublic: lessons.isPublic,
	createdAt: lessons.createdAt,
	updatedAt: lessons.updatedAt,
	withdrawnAt: lessons.withdrawnAt
};

/** Every lesson of a process, withdrawn ones too (the domain filters), oldest first. */
export async function listLessons(db: Db | Tx, processId: string): Promise<Lesson[]> {
	return db
		.select(lessonColumns)
		.from(lessons)
		.where(eq(lessons.processId, processId))
		.orderBy(asc(lessons.createdAt), asc(lessons.id));
}

export async function findLesson(db: Db | Tx, processId: string, id: string): Promise<Lesson | null> {
	const rows = await db
		.select(lessonColumns)
		.from(lessons)
		.where(and(eq(lessons.processId, processId), eq(lessons.id, id)));
	return rows[0] ?? null;
}

export async function insertLesson(tx: Tx, lesson: Lesson & { createdByUserId: string | null }): Promise<void> {
	await tx.insert(lessons).values(lesson);
}

export async function updateLesson(
	tx: Tx,
	id: string,
	change: { kind: LessonKind; text: string; isPublic: boolean; updatedAt: Date }
): Promise<void> {
	await tx.update(lessons).set(change).where(eq(lessons.id, id));
}

export async function markLessonWithdrawn(tx: Tx, id: string, at: Date): Promise<void> {
	await tx.update(lessons).set({ withdrawnAt: at, updatedAt: at }).where(eq(lessons.id, id));
}

/** Tensions with the text and status of both sides, oldest first. */
export async function listTensionsWithSides(db: Db | Tx, processId: string) {
	const a = alias(perspectives, 'side_a');
	const b = alias(perspectives, 'side_b');
	const rows = await db
		.select({
			title: tensions.title,
			description: tensions.description,
			aText: a.text,
			aStatus: a.status,
			bText: b.text,
			bStatus: b.status
		})
		.from(tensions)
		.leftJoin(a, eq(a.id, tensions.sideAPerspectiveId))
		.leftJoin(b, eq(b.id, tensions.sideBPerspectiveId))
		.where(eq(tensions.processId, processId))
		.orderBy(asc(tensions.createdAt), asc(tensions.id));
	return rows.map((r) => ({
		title: r.title,
		description: r.description,
		sideA: r.aText !== null && r.aStatus !== null ? { text: r.aText, status: r.aStatus } : null,
		sideB: r.bText !== null && r.bStatus !== null ? { text: r.bText, status: r.bStatus } : null
	}));
}

export async function insertCarryOver(
	tx: Tx,
	row: {
		processId: string;
		fromProcessId: string;
		snapshot: CarryOver;
		createdByUserId: string | null;
		createdAt: Date;
	}
): Promise<void> {
	await tx.insert(processCarryOvers).values(row);
}

/** What the process `processId` carried over from its previous loop, and where that loop is. */
export async function findCarryOver(
	db: Db | Tx,
	processId: string
): Promise<{
	snapshot: CarryOver;
	createdAt: Date;
	from: { slug: string; title: string; isPublished: boolean };
} | null> {
	const rows = await db
		.select({
			snapshot: processCarryOvers.snapshot,
			createdAt: processCarryOvers.createdAt,
			slug: processes.slug,
			title: processes.title,
			isPublished: processes.isPublished
		})
		.from(processCarryOvers)
		.innerJoin(processes, eq(processes.id, processCarryOvers.fromProcessId))
		.where(eq(processCarryOvers.processId, processId));
	const r = rows[0];
	return r
		? {
				snapshot: r.snapshot,
				createdAt: r.createdAt,
				from: { slug: r.slug, title: r.title, isPublished: r.isPublished }
			}
		: null;
}

/** The next loop started from `fromProcessId`, if any. */
export async function findNextLoop(
	db: Db | Tx,
	fromProcessId: string
): Promise<{ slug: string; title: string; isPublished: boolean } | null> {
	const rows = await db
		.select({ slug: processes.slug, title: processes.title, isPublished: processes.isPublished })
		.from(processCarryOvers)
		.innerJoin(processes, eq(processes.id, processCarryOvers.processId))
		.where(eq(processCarryOvers.fromProcessId, fromProcessId));
	return rows[0] ?? null;
}
