/**
 * @module Interview plan rows ↔ domain: groups to reach, interviews held, and how many perspectives each gave.
 */
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { InterviewSummary, InterviewTarget } from '../../../../domain/perspective/interview';
import type { Db, Tx } from '../../../db/client';
import { interviews, interviewTargets, perspectives, users } from '../../../db/schema/index';

export async function listInterviewTargets(db: Db | Tx, processId: string): Promise<InterviewTarget[]> {
	return db
		.select({
			id: interviewTargets.id,
			name: interviewTargets.name,
			description: interviewTargets.description,
			targetCount: interviewTargets.targetCount,
			withdrawnAt: interviewTargets.withdrawnAt
		})
		.from(interviewTargets)
		.where(eq(interviewTargets.processId, processId))
		.orderBy(asc(interviewTargets.createdAt), asc(interviewTargets.name));
}

export type InterviewListItem = InterviewSummary & { targetName: string; interviewer: string | null; createdAt: Date };

/** Interviews held, newest first, with the number of perspectives each gave. */
export async function listInterviews(db: Db | Tx, processId: string): Promise<InterviewListItem[]> {
	const rows = await db
		.select({
			id: interviews.id,
			targetId: interviews.targetId,
			targetName: interviewTargets.name,
			heldOn: interviews.heldOn,
			mayQuote: interviews.mayQuote,
			interviewer: users.name,
			createdAt: interviews.createdAt,
			perspectiveCount: count(perspectives.id)
		})
		.from(interviews)
		.innerJoin(interviewTargets, eq(interviewTargets.id, interviews.targetId))
		.leftJoin(users, eq(users.id, interviews.interviewerUserId))
		.leftJoin(perspectives, eq(perspectives.interviewId, interviews.id))
		.where(eq(interviews.processId, processId))
		.groupBy(interviews.id, interviewTargets.name, users.name)
		.orderBy(desc(interviews.heldOn), desc(interviews.createdAt));
	return rows.map((r) => ({ ...r, perspectiveCount: Number(r.perspectiveCount) }));
}

export async function findInterviewTarget(
	db: Db | Tx,
	processId: string,
	targetId: string
): Promise<InterviewTarget | null> {
	const rows = await db
		.select({
			id: interviewTargets.id,
			name: interviewTargets.name,
			description: interviewTargets.description,
			targetCount: interviewTargets.targetCount,
			withdrawnAt: interviewTargets.withdrawnAt
		})
		.from(interviewTargets)
		.where(and(eq(interviewTargets.processId, processId), eq(interviewTargets.id, targetId)));
	return rows[0] ?? null;
}

export async function insertInterviewTarget(tx: Tx, row: typeof interviewTargets.$inferInsert): Promise<void> {
	await tx.insert(interviewTargets).values(row);
}

export async function withdrawInterviewTarget(tx: Tx, targetId: string, at: Date, reason: string): Promise<void> {
	await tx
		.update(interviewTargets)
		.set({ withdrawnAt: at, withdrawnReason: reason })
		.where(eq(interviewTargets.id, targetId));
}

export async function insertInterview(tx: Tx, row: typeof interviews.$inferInsert): Promise<void> {
	await tx.insert(interviews).values(row);
}
