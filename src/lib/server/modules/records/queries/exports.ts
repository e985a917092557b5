/**
 * @module Reading a process's records for exports and the archive package. Nothing here reads the
 * personal-data tables (contacts, self-descriptions, volunteers' or members' names): exports never hold them.
 */
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
	auditEvents,
	commitments,
	decisionOutcomes,
	decisions,
	groupSessions,
	harvestNotes,
	implementationItems,
	implementationMilestones,
	implementationUpdates,
	interviews,
	interviewTargets,
	panels,
	panelVolunteers,
	perspectives,
	proposalArguments,
	proposals,
	statements,
	statementVotes,
	tensions,
	themes,
	users,
	workingGroupMembers
} from '../../../db/schema/index';

type D = Db | Tx;

export type ExportPerspective = {
	id: string;
	text: string;
	channel: string;
	theme: string | null;
	status: string;
	hiddenReason: string | null;
	isQuote: boolean;
	fromInterview: boolean;
	withdrawnAt: Date | null;
	createdAt: Date;
};

/** Every perspective of a process, hidden and withdrawn ones too, oldest first. No receipt codes: they are keys. */
export async function listPerspectivesForExport(db: D, processId: string): Promise<ExportPerspective[]> {
	const rows = await db
		.select({ p: perspectives, theme: themes.name })
		.from(perspectives)
		.leftJoin(themes, eq(themes.id, perspectives.themeId))
		.where(eq(perspectives.processId, processId))
		.orderBy(asc(perspectives.createdAt), asc(perspectives.id));
	return rows.map(({ p, theme }) => ({
		id: p.id,
		text: p.text,
		channel: p.channel,
		theme,
		status: p.status,
		hiddenReason: p.hiddenReason,
		isQuote: p.isQuote,
		fromInterview: p.interviewId !== null,
		withdrawnAt: p.withdrawnAt,
		createdAt: p.createdAt
	}));
}

export type ExportTheme = {
	id: string;
	key: string;
	name: string;
	description: string;
	visible: number;
	hidden: number;
	createdAt: Date;
};

export async function listThemesWithCounts(db: D, processId: string): Promise<ExportTheme[]> {
	const list = await db
		.select()
		.from(themes)
		.where(eq(themes.processId, processId))
		.orderBy(asc(themes.createdAt), asc(themes.name));
	const counts = await db
		.select({ themeId: perspectives.themeId, status: perspectives.status, n: count() })
		.from(perspectives)
		.where(eq(perspectives.processId, processId))
		.groupBy(perspectives.themeId, perspectives.status);
	const n = (themeId: string, status: string) =>
		counts.find((c) => c.themeId === themeId && c.status === status)?.n ?? 0;
	return list.map((t) => ({
		id: t.id,
		key: t.key,
		name: t.name,
		description: t.description,
		visible: n(t.id, 'visible'),
		hidden: n(t.id, 'hidden'),
		createdAt: t.createdAt
	}));
}

export type ExportTension = {
	id: string;
	title: string;
	description: string;
	sideAId: string;
	sideA: string;
	sideBId: string;
	sideB: string;
	createdAt: Date;
};

export async function listTensionsForExport(db: D, processId: string): Promise<ExportTension[]> {
	const rows = await db
		.select()
		.from(tensions)
		.where(eq(tensions.processId, processId))
		.orderBy(asc(tensions.createdAt));
	const ids = [...new Set(rows.flatMap((r) => [r.sideAPerspectiveId, r.sideBPerspectiveId]))];
	const texts = new Map(
		ids.length
			? (
					await db
						.select({ id: perspectives.id, text: perspectives.text })
						.from(perspectives)
						.where(inArray(perspectives.id, ids))
				).map((p) => [p.id, p.text])
			: []
	);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		description: r.description,
		sideAId: r.sideAPerspectiveId,
		sideA: texts.get(r.sideAPerspectiveId) ?? '',
		sideBId: r.sideBPerspectiveId,
		sideB: texts.get(r.sideBPerspectiveId) ?? '',
		createdAt: r.createdAt
	}));
}

export type ExportStatement = {
	id: string;
	text: string;
	origin: string;
	status: string;
	rejectedReason: string | null;
	agree: number;
	disagree: number;
	pass: number;
	createdAt: Date;
};

/** Statements with their votes counted (agree, disagree, pass); never who voted. */
export async function listStatementsWithVotes(db: D, processId: string): Promise<ExportStatement[]> {
	const rows = await db
		.select()
		.from(statements)
		.where(eq(statements.processId, processId))
		.orderBy(asc(statements.createdAt), asc(statements.id));
	const votes = await db
		.select({ statementId: statementVotes.statementId, vote: statementVotes.vote, n: count() })
		.from(statementVotes)
		.where(eq(statementVotes.processId, processId))
		.groupBy(statementVotes.statementId, statementVotes.vote);
	const n = (id: string, vote: number) => votes.find((v) => v.statementId === id && v.vote === vote)?.n ?? 0;
	return rows.map((s) => ({
		id: s.id,
		text: s.text,
		origin: s.origin,
		status: s.status,
		rejectedReason: s.rejectedReason,
		agree: n(s.id, 1),
		disagree: n(s.id, -1),
		pass: n(s.id, 0),
		createdAt: s.createdAt
	}));
}

export async function listDecisionRecords(db: D, processId: string) {
	const decisionRows = await db
		.select()
		.from(decisions)
		.where(eq(decisions.processId, processId))
		.orderBy(asc(decisions.decidedOn));
	const decisionIds = decisionRows.map((d) => d.id);
	const outcomes = decisionIds.length
		? await db.select().from(decisionOutcomes).where(inArray(decisionOutcomes.decisionId, decisionIds))
		: [];
	const items = await db
		.select()
		.from(implementationItems)
		.where(eq(implementationItems.processId, processId))
		.orderBy(asc(implementationItems.createdAt));
	const itemIds = items.map((i) => i.id);
	const milestones = itemIds.length
		? await db
				.select()
				.from(implementationMilestones)
				.where(inArray(implementationMilestones.itemId, itemIds))
				.orderBy(asc(implementationMilestones.dueOn))
		: [];
	const updates = itemIds.length
		? await db
				.select()
				.from(implementationUpdates)
				.where(inArray(implementationUpdates.itemId, itemIds))
				.orderBy(asc(implementationUpdates.createdAt))
		: [];
	return {
		decisions: decisionRows.map(({ createdByUserId: _u, ...d }) => d),
		outcomes,
		items,
		milestones,
		updates: updates.map(({ createdByUserId: _u, ...u }) => u)
	};
}

/** Interviews held: group, date and consent. Never who was interviewed, nor who interviewed. */
export async function listInterviewsForExport(db: D, processId: string) {
	return db
		.select({
			id: interviews.id,
			group: interviewTargets.name,
			heldOn: interviews.heldOn,
			mayQuote: interviews.mayQuote,
			consentVersion: interviews.consentVersion,
			createdAt: interviews.createdAt
		})
		.from(interviews)
		.innerJoin(interviewTargets, eq(interviewTargets.id, interviews.targetId))
		.where(eq(interviews.processId, processId))
		.orderBy(asc(interviews.heldOn), asc(interviews.createdAt));
}

/** Every session and its harvest notes, hidden ones too (with the reason): the notes are records. */
export async function listSessionsWithNotes(db: D, processId: string) {
	const sessions = await db
		.select()
		.from(groupSessions)
		.where(eq(groupSessions.processId, processId))
		.orderBy(asc(groupSessions.heldOn), asc(groupSessions.createdAt));
	const ids = sessions.map((s) => s.id);
	const notes = ids.length
		? await db.select().from(harvestNotes).where(inArray(harvestNotes.sessionId, ids)).orderBy(asc(harvestNotes.seq))
		: [];
	return {
		sessions,
		notes: notes.map((n) => ({
			id: n.id,
			sessionId: n.sessionId,
			kind: n.kind,
			text: n.text,
			createdAt: n.createdAt,
			hiddenAt: n.hiddenAt,
			hiddenReason: n.hiddenReason
		}))
	};
}

export type ProcessAuditEntry = {
	id: string;
	seq: number;
	action: string;
	entityType: string;
	entityId: string | null;
	details: Record<string, unknown>;
	createdAt: Date;
	actorUserId: string | null;
	actorName: string | null;
};

/**
 * Every audit event about a process or anything in it (perspectives, themes, tensions, statements, the
 * panel, interviews, the working group, proposals, decisions), oldest first, in one organisation.
 */
export async function listProcessAudit(db: D, organisationId: string, processId: string): Promise<ProcessAuditEntry[]> {
	const inProcess = (table: { id: unknown; processId: unknown }) =>
		sql`select ${table.id} from ${table} where ${table.processId} = ${processId}`;
	const entityIds = sql`(
		${inProcess(perspectives as never)} union all ${inProcess(themes as never)} union all ${inProcess(tensions as never)}
		union all ${inProcess(statements as never)} union all ${inProcess(panels as never)} union all ${inProcess(interviews as never)}
		union all ${inProcess(groupSessions as never)} union all ${inProcess(proposals as never)} union all ${inProcess(decisions as never)}
		union all ${inProcess(implementationItems as never)} union all ${inProcess(workingGroupMembers as never)}
		union all select ${panelVolunteers.id} from ${panelVolunteers} inner join ${panels} on ${panels.id} = ${panelVolunteers.panelId} where ${panels.processId} = ${processId}
		union all select ${commitments.id} from ${commitments} inner join ${proposals} on ${proposals.id} = ${commitments.proposalId} where ${proposals.processId} = ${processId}
		union all select ${proposalArguments.id} from ${proposalArguments} inner join ${proposals} on ${proposals.id} = ${proposalArguments.proposalId} where ${proposals.processId} = ${processId}
	)`;
	const rows = await db
		.select({
			id: auditEvents.id,
			seq: auditEvents.seq,
			action: auditEvents.action,
			entityType: auditEvents.entityType,
			entityId: auditEvents.entityId,
			details: auditEvents.details,
			createdAt: auditEvents.createdAt,
			actorUserId: auditEvents.actorUserId,
			actorName: users.name
		})
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorUserId))
		.where(
			and(
				eq(auditEvents.organisationId, organisationId),
				or(
					eq(auditEvents.entityId, processId),
					sql`${auditEvents.entityId} in ${entityIds}`,
					sql`${auditEvents.details}->>'processId' = ${processId}`
				)
			)
		)
		.orderBy(asc(auditEvents.seq));
	return rows;
}
