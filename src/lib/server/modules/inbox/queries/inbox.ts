/**
 * @module What waits for staff, counted per process: rows → numbers. Nothing here reads a person's details.
 */
import { and, asc, count, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
	implementationItems,
	implementationMilestones,
	notices,
	outbox,
	perspectives,
	processFacilitators,
	statements
} from '../../../db/schema/index';

/** The processes the person is a facilitator of (among the given ones). */
export async function listFacilitatedProcessIds(db: Db | Tx, userId: string): Promise<Set<string>> {
	const rows = await db
		.select({ processId: processFacilitators.processId })
		.from(processFacilitators)
		.where(eq(processFacilitators.userId, userId));
	return new Set(rows.map((r) => r.processId));
}

/** Visible perspectives not yet in a theme, per process. */
export async function countUnthemedPerspectives(db: Db | Tx, processIds: string[]): Promise<Map<string, number>> {
	if (processIds.length === 0) return new Map();
	const rows = await db
		.select({ processId: perspectives.processId, n: count() })
		.from(perspectives)
		.where(
			and(inArray(perspectives.processId, processIds), eq(perspectives.status, 'visible'), isNull(perspectives.themeId))
		)
		.groupBy(perspectives.processId);
	return new Map(rows.map((r) => [r.processId, Number(r.n)]));
}

/** Participants' statements waiting for moderation, per process. */
export async function countPendingStatements(db: Db | Tx, processIds: string[]): Promise<Map<string, number>> {
	if (processIds.length === 0) return new Map();
	const rows = await db
		.select({ processId: statements.processId, n: count() })
		.from(statements)
		.where(and(inArray(statements.processId, processIds), eq(statements.status, 'pending')))
		.groupBy(statements.processId);
	return new Map(rows.map((r) => [r.processId, Number(r.n)]));
}

/** Milestones not done and due on or before `until` (ISO date), earliest first; cancelled items left out. */
export async function listDueMilestones(
	db: Db | Tx,
	processIds: string[],
	until: string
): Promise<{ processId: string; itemId: string; itemTitle: string; title: string; dueOn: string }[]> {
	if (processIds.length === 0) return [];
	const rows = await db
		.select({
			processId: implementationItems.processId,
			itemId: implementationItems.id,
			itemTitle: implementationItems.title,
			itemStatus: implementationItems.status,
			title: implementationMilestones.title,
			dueOn: implementationMilestones.dueOn
		})
		.from(implementationMilestones)
		.innerJoin(implementationItems, eq(implementationItems.id, implementationMilestones.itemId))
		.where(
			and(
				inArray(implementationItems.processId, processIds),
				isNull(implementationMilestones.doneOn),
				lte(implementationMilestones.dueOn, until)
			)
		)
		.orderBy(asc(implementationMilestones.dueOn), asc(implementationMilestones.title));
	return rows
		.filter((r) => r.itemStatus !== 'cancelled' && r.itemStatus !== 'done')
		.map(({ itemStatus: _status, ...r }) => r);
}

/** The organisation's notices not yet dispatched into the outbox. */
export async function countQueuedNotices(db: Db | Tx, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(notices)
		.where(and(eq(notices.organisationId, organisationId), isNull(notices.dispatchedAt)));
	return Number(row?.n ?? 0);
}

/** The organisation's messages that could not be sent. */
export async function countFailedMessages(db: Db | Tx, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(outbox)
		.where(and(eq(outbox.organisationId, organisationId), eq(outbox.status, 'failed')));
	return Number(row?.n ?? 0);
}
