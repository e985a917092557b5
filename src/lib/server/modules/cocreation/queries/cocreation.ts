/**
 * @module Working group, sessions, harvest notes, proposals, priorities and commitments: rows ↔ plain objects.
 * Member names and emails are read only by the functions named `...Contacts` / `...PublicNames`.
 */
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { MemberActor } from '../../../../domain/access/can';
import type { CommitmentStatus } from '../../../../domain/cocreation/commitment';
import type { Scores } from '../../../../domain/cocreation/proposal';
import type { Db, Tx } from '../../../db/client';
import {
	commitments,
	dotVotes,
	groupSessions,
	harvestNotePerspectives,
	harvestNotes,
	harvestNoteThemes,
	memberInvitations,
	memberSessions,
	perspectives,
	processes,
	proposalArguments,
	proposalAssessments,
	proposalPerspectives,
	proposals,
	proposalThemes,
	workingGroupMemberContacts,
	workingGroupMemberGroups,
	workingGroupMembers,
	workingGroupMemberThemes,
	workingGroups
} from '../../../db/schema/index';

type D = Db | Tx;

// — the group —

export async function findWorkingGroup(db: D, processId: string) {
	return (await db.select().from(workingGroups).where(eq(workingGroups.processId, processId)))[0] ?? null;
}

export async function saveWorkingGroup(tx: Tx, processId: string, dotsPerMember: number, now: Date) {
	await tx
		.insert(workingGroups)
		.values({ processId, dotsPerMember, createdAt: now, updatedAt: now })
		.onConflictDoUpdate({ target: workingGroups.processId, set: { dotsPerMember, updatedAt: now } });
}

export type MemberRow = typeof workingGroupMembers.$inferSelect & { themeIds: string[]; groups: string[] };

export async function listMembers(db: D, processId: string): Promise<MemberRow[]> {
	const rows = await db
		.select()
		.from(workingGroupMembers)
		.where(eq(workingGroupMembers.processId, processId))
		.orderBy(asc(workingGroupMembers.createdAt), asc(workingGroupMembers.id));
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const themeLinks = await db
		.select()
		.from(workingGroupMemberThemes)
		.where(inArray(workingGroupMemberThemes.memberId, ids));
	const groupLinks = await db
		.select()
		.from(workingGroupMemberGroups)
		.where(inArray(workingGroupMemberGroups.memberId, ids));
	return rows.map((r) => ({
		...r,
		themeIds: themeLinks.filter((l) => l.memberId === r.id).map((l) => l.themeId),
		groups: groupLinks.filter((l) => l.memberId === r.id).map((l) => l.groupKey)
	}));
}

export async function findMember(db: D, processId: string, memberId: string) {
	return (
		(
			await db
				.select()
				.from(workingGroupMembers)
				.where(and(eq(workingGroupMembers.processId, processId), eq(workingGroupMembers.id, memberId)))
		)[0] ?? null
	);
}

export async function insertMember(
	tx: Tx,
	m: typeof workingGroupMembers.$inferInsert,
	contact: { name: string; email: string },
	themeIds: string[],
	groups: string[]
) {
	await tx.insert(workingGroupMembers).values(m);
	await tx.insert(workingGroupMemberContacts).values({ memberId: m.id, ...contact });
	if (themeIds.length)
		await tx.insert(workingGroupMemberThemes).values(themeIds.map((themeId) => ({ memberId: m.id, themeId })));
	if (groups.length)
		await tx.insert(workingGroupMemberGroups).values(groups.map((groupKey) => ({ memberId: m.id, groupKey })));
}

export async function withdrawMember(tx: Tx, memberId: string, at: Date, reason: string) {
	await tx
		.update(workingGroupMembers)
		.set({ withdrawnAt: at, withdrawnReason: reason })
		.where(eq(workingGroupMembers.id, memberId));
	// A withdrawn member's links stop working at once.
	await tx.delete(memberSessions).where(eq(memberSessions.memberId, memberId));
	await tx.update(memberInvitations).set({ expiresAt: at }).where(eq(memberInvitations.memberId, memberId));
}

/** Personal data: names and emails of the group's members, for staff who compose the group. */
export async function listMemberContacts(
	db: D,
	processId: string
): Promise<Map<string, { name: string; email: string }>> {
	const rows = await db
		.select({
			memberId: workingGroupMemberContacts.memberId,
			name: workingGroupMemberContacts.name,
			email: workingGroupMemberContacts.email
		})
		.from(workingGroupMemberContacts)
		.innerJoin(workingGroupMembers, eq(workingGroupMembers.id, workingGroupMemberContacts.memberId))
		.where(eq(workingGroupMembers.processId, processId));
	return new Map(rows.map((r) => [r.memberId, { name: r.name, email: r.email }]));
}

/** Names of members who agreed to be named publicly (nothing else about them). */
export async function listMemberPublicNames(db: D, processId: string): Promise<Map<string, string>> {
	const rows = await db
		.select({ memberId: workingGroupMemberContacts.memberId, name: workingGroupMemberContacts.name })
		.from(workingGroupMemberContacts)
		.innerJoin(workingGroupMembers, eq(workingGroupMembers.id, workingGroupMemberContacts.memberId))
		.where(
			and(
				eq(workingGroupMembers.processId, processId),
				eq(workingGroupMembers.showName, true),
				isNull(workingGroupMembers.withdrawnAt)
			)
		);
	return new Map(rows.map((r) => [r.memberId, r.name]));
}

export async function findMemberContact(db: D, memberId: string) {
	return (
		(await db.select().from(workingGroupMemberContacts).where(eq(workingGroupMemberContacts.memberId, memberId)))[0] ??
		null
	);
}

// — sign-in links and member sessions —

export async function insertInvitation(tx: Tx, v: typeof memberInvitations.$inferInsert) {
	await tx.insert(memberInvitations).values(v);
}

/** The active member behind a sign-in link, with the process's slug. */
export async function findMemberByInvitation(db: D, tokenHash: string, now: Date) {
	const rows = await db
		.select({
			memberId: workingGroupMembers.id,
			processId: workingGroupMembers.processId,
			slug: processes.slug,
			organisationId: processes.organisationId,
			role: workingGroupMembers.role
		})
		.from(memberInvitations)
		.innerJoin(workingGroupMembers, eq(workingGroupMembers.id, memberInvitations.memberId))
		.innerJoin(processes, eq(processes.id, workingGroupMembers.processId))
		.where(
			and(
				eq(memberInvitations.tokenHash, tokenHash),
				gt(memberInvitations.expiresAt, now),
				isNull(workingGroupMembers.withdrawnAt)
			)
		);
	return rows[0] ?? null;
}

export async function insertMemberSession(tx: Tx, v: typeof memberSessions.$inferInsert) {
	await tx.insert(memberSessions).values(v);
}

export async function deleteMemberSession(db: D, tokenHash: string) {
	await db.delete(memberSessions).where(eq(memberSessions.tokenHash, tokenHash));
}

export async function findMemberBySession(
	db: D,
	tokenHash: string,
	now: Date
): Promise<(MemberActor & { slug: string }) | null> {
	const rows = await db
		.select({
			memberId: workingGroupMembers.id,
			processId: workingGroupMembers.processId,
			slug: processes.slug,
			organisationId: processes.organisationId,
			role: workingGroupMembers.role
		})
		.from(memberSessions)
		.innerJoin(workingGroupMembers, eq(workingGroupMembers.id, memberSessions.memberId))
		.innerJoin(processes, eq(processes.id, workingGroupMembers.processId))
		.where(
			and(
				eq(memberSessions.tokenHash, tokenHash),
				gt(memberSessions.expiresAt, now),
				isNull(workingGroupMembers.withdrawnAt)
			)
		);
	const r = rows[0];
	return r ? { kind: 'member', ...r } : null;
}

// — sessions and harvest notes —

export type GroupSessionRow = typeof groupSessions.$inferSelect;

export async function insertGroupSession(tx: Tx, v: typeof groupSessions.$inferInsert) {
	await tx.insert(groupSessions).values(v);
}

export async function listGroupSessions(db: D, processId: string): Promise<GroupSessionRow[]> {
	return db
		.select()
		.from(groupSessions)
		.where(eq(groupSessions.processId, processId))
		.orderBy(asc(groupSessions.heldOn), asc(groupSessions.createdAt));
}

export async function findGroupSession(db: D, processId: string, sessionId: string): Promise<GroupSessionRow | null> {
	return (
		(
			await db
				.select()
				.from(groupSessions)
				.where(and(eq(groupSessions.processId, processId), eq(groupSessions.id, sessionId)))
		)[0] ?? null
	);
}

export async function updateGroupSession(tx: Tx, sessionId: string, set: Partial<typeof groupSessions.$inferInsert>) {
	await tx.update(groupSessions).set(set).where(eq(groupSessions.id, sessionId));
}

export type NoteRow = {
	id: string;
	seq: number;
	sessionId: string;
	kind: 'insight' | 'tension' | 'idea';
	text: string;
	createdAt: Date;
	hiddenAt: Date | null;
	hiddenReason: string | null;
	themeIds: string[];
	perspectiveIds: string[];
};

export async function insertNote(
	tx: Tx,
	v: typeof harvestNotes.$inferInsert,
	themeIds: string[],
	perspectiveIds: string[]
): Promise<number> {
	const [row] = await tx.insert(harvestNotes).values(v).returning({ seq: harvestNotes.seq });
	if (themeIds.length)
		await tx.insert(harvestNoteThemes).values(themeIds.map((themeId) => ({ noteId: v.id, themeId })));
	if (perspectiveIds.length)
		await tx
			.insert(harvestNotePerspectives)
			.values(perspectiveIds.map((perspectiveId) => ({ noteId: v.id, perspectiveId })));
	return row.seq;
}

/** Notes of sessions in order; `afterSeq` resumes a live stream where it left off. */
export async function listNotes(db: D, sessionIds: string[], options: { afterSeq?: number } = {}): Promise<NoteRow[]> {
	if (sessionIds.length === 0) return [];
	const where =
		options.afterSeq !== undefined
			? and(inArray(harvestNotes.sessionId, sessionIds), gt(harvestNotes.seq, options.afterSeq))
			: inArray(harvestNotes.sessionId, sessionIds);
	const rows = await db.select().from(harvestNotes).where(where).orderBy(asc(harvestNotes.seq));
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const themeLinks = await db.select().from(harvestNoteThemes).where(inArray(harvestNoteThemes.noteId, ids));
	const perspectiveLinks = await db
		.select()
		.from(harvestNotePerspectives)
		.where(inArray(harvestNotePerspectives.noteId, ids));
	return rows.map((r) => ({
		id: r.id,
		seq: r.seq,
		sessionId: r.sessionId,
		kind: r.kind,
		text: r.text,
		createdAt: r.createdAt,
		hiddenAt: r.hiddenAt,
		hiddenReason: r.hiddenReason,
		themeIds: themeLinks.filter((l) => l.noteId === r.id).map((l) => l.themeId),
		perspectiveIds: perspectiveLinks.filter((l) => l.noteId === r.id).map((l) => l.perspectiveId)
	}));
}

export async function hideNote(tx: Tx, noteId: string, at: Date, reason: string) {
	await tx.update(harvestNotes).set({ hiddenAt: at, hiddenReason: reason }).where(eq(harvestNotes.id, noteId));
}

export async function findNote(db: D, sessionId: string, noteId: string) {
	return (
		(
			await db
				.select()
				.from(harvestNotes)
				.where(and(eq(harvestNotes.sessionId, sessionId), eq(harvestNotes.id, noteId)))
		)[0] ?? null
	);
}

// — proposals —

export type ProposalRow = typeof proposals.$inferSelect & { themeIds: string[]; perspectiveIds: string[] };

export async function insertProposal(
	tx: Tx,
	v: typeof proposals.$inferInsert,
	themeIds: string[],
	perspectiveIds: string[]
) {
	await tx.insert(proposals).values(v);
	if (themeIds.length)
		await tx.insert(proposalThemes).values(themeIds.map((themeId) => ({ proposalId: v.id, themeId })));
	if (perspectiveIds.length)
		await tx
			.insert(proposalPerspectives)
			.values(perspectiveIds.map((perspectiveId) => ({ proposalId: v.id, perspectiveId })));
}

export async function listProposals(db: D, processId: string): Promise<ProposalRow[]> {
	const rows = await db
		.select()
		.from(proposals)
		.where(eq(proposals.processId, processId))
		.orderBy(asc(proposals.createdAt), asc(proposals.id));
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const themeLinks = await db.select().from(proposalThemes).where(inArray(proposalThemes.proposalId, ids));
	const perspectiveLinks = await db
		.select()
		.from(proposalPerspectives)
		.where(inArray(proposalPerspectives.proposalId, ids));
	return rows.map((r) => ({
		...r,
		themeIds: themeLinks.filter((l) => l.proposalId === r.id).map((l) => l.themeId),
		perspectiveIds: perspectiveLinks.filter((l) => l.proposalId === r.id).map((l) => l.perspectiveId)
	}));
}

export async function withdrawProposal(tx: Tx, proposalId: string, at: Date, reason: string) {
	await tx.update(proposals).set({ withdrawnAt: at, withdrawnReason: reason }).where(eq(proposals.id, proposalId));
}

/** Visible perspectives of the process by id (text only; never contacts or self-descriptions). */
export async function listPerspectiveTexts(
	db: D,
	processId: string,
	ids?: string[]
): Promise<{ id: string; text: string; themeId: string | null; isQuote: boolean }[]> {
	if (ids && ids.length === 0) return [];
	const where = and(
		eq(perspectives.processId, processId),
		eq(perspectives.status, 'visible'),
		ids ? inArray(perspectives.id, ids) : undefined
	);
	return db
		.select({
			id: perspectives.id,
			text: perspectives.text,
			themeId: perspectives.themeId,
			isQuote: perspectives.isQuote
		})
		.from(perspectives)
		.where(where)
		.orderBy(asc(perspectives.createdAt), asc(perspectives.id));
}

// — arguments —

export type ArgumentRow = typeof proposalArguments.$inferSelect;

export async function insertArgument(tx: Tx, v: typeof proposalArguments.$inferInsert) {
	await tx.insert(proposalArguments).values(v);
}

export async function listArguments(db: D, proposalIds: string[]): Promise<ArgumentRow[]> {
	if (proposalIds.length === 0) return [];
	return db
		.select()
		.from(proposalArguments)
		.where(inArray(proposalArguments.proposalId, proposalIds))
		.orderBy(asc(proposalArguments.createdAt), asc(proposalArguments.id));
}

export async function findArgument(db: D, argumentId: string) {
	return (await db.select().from(proposalArguments).where(eq(proposalArguments.id, argumentId)))[0] ?? null;
}

export async function hideArgument(tx: Tx, argumentId: string, at: Date, reason: string) {
	await tx
		.update(proposalArguments)
		.set({ hiddenAt: at, hiddenReason: reason })
		.where(eq(proposalArguments.id, argumentId));
}

// — dots and assessments —

export async function replaceDots(tx: Tx, memberId: string, allocation: Record<string, number>, now: Date) {
	await tx.delete(dotVotes).where(eq(dotVotes.memberId, memberId));
	const rows = Object.entries(allocation)
		.filter(([, dots]) => dots > 0)
		.map(([proposalId, dots]) => ({ memberId, proposalId, dots, updatedAt: now }));
	if (rows.length) await tx.insert(dotVotes).values(rows);
}

export async function listDotVotes(db: D, proposalIds: string[]) {
	if (proposalIds.length === 0) return [];
	return db
		.select({ memberId: dotVotes.memberId, proposalId: dotVotes.proposalId, dots: dotVotes.dots })
		.from(dotVotes)
		.where(inArray(dotVotes.proposalId, proposalIds));
}

export async function saveAssessment(tx: Tx, memberId: string, proposalId: string, scores: Scores, now: Date) {
	await tx
		.insert(proposalAssessments)
		.values({ memberId, proposalId, ...scores, updatedAt: now })
		.onConflictDoUpdate({
			target: [proposalAssessments.memberId, proposalAssessments.proposalId],
			set: { ...scores, updatedAt: now }
		});
}

export async function listAssessments(db: D, proposalIds: string[]) {
	if (proposalIds.length === 0) return [];
	return db
		.select({
			memberId: proposalAssessments.memberId,
			proposalId: proposalAssessments.proposalId,
			sustainability: proposalAssessments.sustainability,
			legitimacy: proposalAssessments.legitimacy,
			service: proposalAssessments.service,
			feasibility: proposalAssessments.feasibility
		})
		.from(proposalAssessments)
		.where(inArray(proposalAssessments.proposalId, proposalIds));
}

// — commitments —

export type CommitmentRow = typeof commitments.$inferSelect;

export async function insertCommitment(tx: Tx, v: typeof commitments.$inferInsert) {
	await tx.insert(commitments).values(v);
}

export async function listCommitments(db: D, proposalIds: string[]): Promise<CommitmentRow[]> {
	if (proposalIds.length === 0) return [];
	return db
		.select()
		.from(commitments)
		.where(inArray(commitments.proposalId, proposalIds))
		.orderBy(asc(commitments.dueOn), asc(commitments.createdAt));
}

export async function findCommitment(db: D, commitmentId: string) {
	return (await db.select().from(commitments).where(eq(commitments.id, commitmentId)))[0] ?? null;
}

export async function updateCommitmentStatus(
	tx: Tx,
	commitmentId: string,
	status: CommitmentStatus,
	cancelReason: string | null,
	now: Date
) {
	await tx.update(commitments).set({ status, cancelReason, updatedAt: now }).where(eq(commitments.id, commitmentId));
}
