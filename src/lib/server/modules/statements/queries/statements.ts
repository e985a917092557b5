/**
 * @module Statements, anonymous participants and their votes ↔ rows. Votes are stored as the last vote per
 * participant and statement; the opinion map is derived from them and never stored.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { VoteInput } from '../../../../analysis/opinion-map/types';
import type { Statement, StatementStatus } from '../../../../domain/statement/statement';
import type { Db, Tx } from '../../../db/client';
import { statementModules, statementParticipants, statements, statementVotes } from '../../../db/schema/index';

export type StatementModule = { isOpen: boolean; requiresVerifiedIdentity: boolean; changedAt: Date };

export async function findStatementModule(db: Db | Tx, processId: string): Promise<StatementModule | null> {
	const rows = await db
		.select({
			isOpen: statementModules.isOpen,
			requiresVerifiedIdentity: statementModules.requiresVerifiedIdentity,
			changedAt: statementModules.changedAt
		})
		.from(statementModules)
		.where(eq(statementModules.processId, processId));
	return rows[0] ?? null;
}

export async function saveStatementModule(tx: Tx, processId: string, isOpen: boolean, at: Date): Promise<void> {
	await tx
		.insert(statementModules)
		.values({ processId, isOpen, changedAt: at })
		.onConflictDoUpdate({ target: statementModules.processId, set: { isOpen, changedAt: at } });
}

export async function saveVerifiedIdentityRequired(
	tx: Tx,
	processId: string,
	required: boolean,
	at: Date
): Promise<void> {
	await tx
		.insert(statementModules)
		.values({ processId, isOpen: false, requiresVerifiedIdentity: required, changedAt: at })
		.onConflictDoUpdate({
			target: statementModules.processId,
			set: { requiresVerifiedIdentity: required, changedAt: at }
		});
}

const statementColumns = {
	id: statements.id,
	processId: statements.processId,
	text: statements.text,
	origin: statements.origin,
	status: statements.status,
	rejectedReason: statements.rejectedReason,
	createdAt: statements.createdAt
};

/** All statements of a process in the order they were written (ties by id, so the order is stable). */
export async function listStatements(db: Db | Tx, processId: string): Promise<Statement[]> {
	return db
		.select(statementColumns)
		.from(statements)
		.where(eq(statements.processId, processId))
		.orderBy(asc(statements.createdAt), asc(statements.id));
}

export async function findStatement(db: Db | Tx, processId: string, id: string): Promise<Statement | null> {
	const rows = await db
		.select(statementColumns)
		.from(statements)
		.where(and(eq(statements.processId, processId), eq(statements.id, id)));
	return rows[0] ?? null;
}

export async function insertStatement(
	tx: Tx,
	s: Statement & { participantId?: string | null; createdByUserId?: string | null }
): Promise<void> {
	await tx
		.insert(statements)
		.values({ ...s, participantId: s.participantId ?? null, createdByUserId: s.createdByUserId ?? null });
}

export async function updateStatementStatus(
	tx: Tx,
	id: string,
	status: StatementStatus,
	rejectedReason: string | null,
	at: Date
): Promise<void> {
	await tx.update(statements).set({ status, rejectedReason, moderatedAt: at }).where(eq(statements.id, id));
}

export async function countStatements(db: Db | Tx, processId: string): Promise<Record<StatementStatus, number>> {
	const rows = await db
		.select({ status: statements.status, n: sql<number>`count(*)::int` })
		.from(statements)
		.where(eq(statements.processId, processId))
		.groupBy(statements.status);
	const count = (s: StatementStatus) => rows.find((r) => r.status === s)?.n ?? 0;
	return { pending: count('pending'), approved: count('approved'), rejected: count('rejected') };
}

export async function findParticipantByTokenHash(db: Db | Tx, tokenHash: string): Promise<string | null> {
	const rows = await db
		.select({ id: statementParticipants.id })
		.from(statementParticipants)
		.where(eq(statementParticipants.tokenHash, tokenHash));
	return rows[0]?.id ?? null;
}

/** The participant for a cookie token hash, created on first use (two tabs at once get the same row). */
export async function ensureParticipant(tx: Tx, id: string, tokenHash: string, at: Date): Promise<string> {
	await tx
		.insert(statementParticipants)
		.values({ id, tokenHash, createdAt: at })
		.onConflictDoNothing({ target: statementParticipants.tokenHash });
	return (await findParticipantByTokenHash(tx, tokenHash))!;
}

/** Last vote wins: a second vote on the same statement replaces the first and moves it to the end. */
export async function upsertVote(
	tx: Tx,
	v: { statementId: string; participantId: string; processId: string; vote: -1 | 0 | 1; at: Date }
): Promise<void> {
	await tx
		.insert(statementVotes)
		.values({
			statementId: v.statementId,
			participantId: v.participantId,
			processId: v.processId,
			vote: v.vote,
			votedAt: v.at
		})
		.onConflictDoUpdate({
			target: [statementVotes.statementId, statementVotes.participantId],
			set: { vote: v.vote, votedAt: v.at, seq: sql`nextval(pg_get_serial_sequence('statement_votes', 'seq'))` }
		});
}

/** One participant's votes in a process: statement id → vote. */
export async function votesOfParticipant(
	db: Db | Tx,
	processId: string,
	participantId: string
): Promise<Map<string, number>> {
	const rows = await db
		.select({ statementId: statementVotes.statementId, vote: statementVotes.vote })
		.from(statementVotes)
		.where(and(eq(statementVotes.processId, processId), eq(statementVotes.participantId, participantId)));
	return new Map(rows.map((r) => [r.statementId, r.vote]));
}

/** Every vote of a process in the order it was last changed, as the opinion-map engine takes them. */
export async function listVotes(db: Db | Tx, processId: string): Promise<VoteInput[]> {
	const rows = await db
		.select({
			participant: statementVotes.participantId,
			statement: statementVotes.statementId,
			vote: statementVotes.vote
		})
		.from(statementVotes)
		.where(eq(statementVotes.processId, processId))
		.orderBy(asc(statementVotes.seq));
	return rows.map((r) => ({
		participant: r.participant,
		statement: r.statement,
		vote: Math.sign(r.vote) as -1 | 0 | 1
	}));
}

export async function voteStats(db: Db | Tx, processId: string): Promise<{ participants: number; votes: number }> {
	const rows = await db
		.select({
			participants: sql<number>`count(distinct ${statementVotes.participantId})::int`,
			votes: sql<number>`count(*)::int`
		})
		.from(statementVotes)
		.where(eq(statementVotes.processId, processId));
	return rows[0] ?? { participants: 0, votes: 0 };
}

/** Votes per statement (for the facilitator's list). */
export async function votesPerStatement(db: Db | Tx, processId: string): Promise<Map<string, number>> {
	const rows = await db
		.select({ statementId: statementVotes.statementId, n: sql<number>`count(*)::int` })
		.from(statementVotes)
		.where(eq(statementVotes.processId, processId))
		.groupBy(statementVotes.statementId);
	return new Map(rows.map((r) => [r.statementId, r.n]));
}
