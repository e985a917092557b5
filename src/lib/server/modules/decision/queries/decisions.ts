/**
 * @module Decisions, their outcomes per proposal, and implementation items: rows ↔ plain objects.
 */
import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { isAdopting, type Outcome } from '../../../../domain/decision/decision';
import type { Db, Tx } from '../../../db/client';
import {
	decisionOutcomes,
	decisions,
	implementationItems,
	implementationMilestones,
	implementationUpdates,
	perspectiveContacts,
	perspectives,
	proposalPerspectives,
	proposals,
	proposalThemes
} from '../../../db/schema/index';

/**
 * Each proposal of the process (withdrawn ones left out) with the outcome of the latest *published* decision
 * about it, or null when no published decision has handled it yet.
 */
export async function loadProposalOutcomes(
	db: Db | Tx,
	processId: string
): Promise<{ proposalId: string; title: string; outcome: Outcome | null; reasons: string }[]> {
	const list = await db
		.select({ id: proposals.id, title: proposals.title })
		.from(proposals)
		.where(and(eq(proposals.processId, processId), isNull(proposals.withdrawnAt)))
		.orderBy(asc(proposals.createdAt), asc(proposals.id));
	if (list.length === 0) return [];
	const rows = await db
		.select({
			proposalId: decisionOutcomes.proposalId,
			outcome: decisionOutcomes.outcome,
			reasons: decisionOutcomes.reasons,
			decidedOn: decisions.decidedOn,
			publishedAt: decisions.publishedAt
		})
		.from(decisionOutcomes)
		.innerJoin(decisions, eq(decisions.id, decisionOutcomes.decisionId))
		.where(
			and(
				eq(decisions.status, 'published'),
				inArray(
					decisionOutcomes.proposalId,
					list.map((p) => p.id)
				)
			)
		)
		.orderBy(asc(decisions.decidedOn), asc(decisions.publishedAt));
	const latest = new Map<string, { outcome: Outcome; reasons: string }>();
	for (const r of rows) latest.set(r.proposalId, { outcome: r.outcome, reasons: r.reasons });
	return list.map((p) => ({
		proposalId: p.id,
		title: p.title,
		outcome: latest.get(p.id)?.outcome ?? null,
		reasons: latest.get(p.id)?.reasons ?? ''
	}));
}

/** Proposals a published decision did not adopt (rejected, referred) or that no decision has handled yet. */
export async function loadUnadoptedProposals(db: Db | Tx, processId: string) {
	return (await loadProposalOutcomes(db, processId)).filter((p) => p.outcome === null || !isAdopting(p.outcome));
}

// — decisions —

export type DecisionRow = typeof decisions.$inferSelect;
export type OutcomeRow = { proposalId: string; title: string; outcome: Outcome; reasons: string };
export type DecisionWithOutcomes = DecisionRow & { outcomes: OutcomeRow[] };

export async function insertDecision(
	tx: Tx,
	row: typeof decisions.$inferInsert,
	outcomes: { proposalId: string; outcome: Outcome; reasons: string }[]
) {
	await tx.insert(decisions).values(row);
	if (outcomes.length) await tx.insert(decisionOutcomes).values(outcomes.map((o) => ({ ...o, decisionId: row.id })));
}

/** Replaces a draft's fields and its outcomes as a whole. */
export async function updateDecision(
	tx: Tx,
	id: string,
	set: Partial<typeof decisions.$inferInsert>,
	outcomes?: { proposalId: string; outcome: Outcome; reasons: string }[]
) {
	await tx.update(decisions).set(set).where(eq(decisions.id, id));
	if (outcomes) {
		await tx.delete(decisionOutcomes).where(eq(decisionOutcomes.decisionId, id));
		if (outcomes.length) await tx.insert(decisionOutcomes).values(outcomes.map((o) => ({ ...o, decisionId: id })));
	}
}

export async function listDecisions(
	db: Db | Tx,
	processId: string,
	only: 'published' | 'all'
): Promise<DecisionWithOutcomes[]> {
	const rows = await db
		.select()
		.from(decisions)
		.where(
			and(eq(decisions.processId, processId), only === 'published' ? eq(decisions.status, 'published') : undefined)
		)
		.orderBy(desc(decisions.decidedOn), desc(decisions.createdAt));
	if (rows.length === 0) return [];
	const outcomes = await db
		.select({
			decisionId: decisionOutcomes.decisionId,
			proposalId: decisionOutcomes.proposalId,
			title: proposals.title,
			outcome: decisionOutcomes.outcome,
			reasons: decisionOutcomes.reasons,
			createdAt: proposals.createdAt
		})
		.from(decisionOutcomes)
		.innerJoin(proposals, eq(proposals.id, decisionOutcomes.proposalId))
		.where(
			inArray(
				decisionOutcomes.decisionId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(proposals.createdAt), asc(proposals.id));
	return rows.map((r) => ({
		...r,
		outcomes: outcomes
			.filter((o) => o.decisionId === r.id)
			.map(({ proposalId, title, outcome, reasons }) => ({ proposalId, title, outcome, reasons }))
	}));
}

export async function findDecision(db: Db | Tx, processId: string, id: string): Promise<DecisionWithOutcomes | null> {
	return (await listDecisions(db, processId, 'all')).find((d) => d.id === id) ?? null;
}

// — implementation —

export type ImplementationItemView = typeof implementationItems.$inferSelect & {
	proposalTitle: string;
	milestones: (typeof implementationMilestones.$inferSelect)[];
	updates: (typeof implementationUpdates.$inferSelect)[];
};

/** Creates the item unless the proposal already has one (adopted by an earlier decision). True when created. */
export async function insertImplementationItem(tx: Tx, row: typeof implementationItems.$inferInsert): Promise<boolean> {
	const inserted = await tx
		.insert(implementationItems)
		.values(row)
		.onConflictDoNothing({ target: implementationItems.proposalId })
		.returning({ id: implementationItems.id });
	return inserted.length > 0;
}

export async function listImplementation(db: Db | Tx, processId: string): Promise<ImplementationItemView[]> {
	const items = await db
		.select({ item: implementationItems, proposalTitle: proposals.title })
		.from(implementationItems)
		.innerJoin(proposals, eq(proposals.id, implementationItems.proposalId))
		.where(eq(implementationItems.processId, processId))
		.orderBy(asc(implementationItems.createdAt), asc(proposals.createdAt));
	if (items.length === 0) return [];
	const ids = items.map((i) => i.item.id);
	const milestones = await db
		.select()
		.from(implementationMilestones)
		.where(inArray(implementationMilestones.itemId, ids))
		.orderBy(asc(implementationMilestones.dueOn), asc(implementationMilestones.createdAt));
	const updates = await db
		.select()
		.from(implementationUpdates)
		.where(inArray(implementationUpdates.itemId, ids))
		.orderBy(desc(implementationUpdates.createdAt));
	return items.map(({ item, proposalTitle }) => ({
		...item,
		proposalTitle,
		milestones: milestones.filter((m) => m.itemId === item.id),
		updates: updates.filter((u) => u.itemId === item.id)
	}));
}

export async function updateImplementationItem(
	tx: Tx,
	id: string,
	set: Partial<typeof implementationItems.$inferInsert>
) {
	await tx.update(implementationItems).set(set).where(eq(implementationItems.id, id));
}

export async function insertMilestone(tx: Tx, row: typeof implementationMilestones.$inferInsert) {
	await tx.insert(implementationMilestones).values(row);
}

export async function setMilestoneDone(tx: Tx, id: string, doneOn: string | null) {
	await tx.update(implementationMilestones).set({ doneOn }).where(eq(implementationMilestones.id, id));
}

export async function setMilestoneDue(tx: Tx, id: string, dueOn: string) {
	await tx.update(implementationMilestones).set({ dueOn }).where(eq(implementationMilestones.id, id));
}

export async function insertImplementationUpdate(tx: Tx, row: typeof implementationUpdates.$inferInsert) {
	await tx.insert(implementationUpdates).values(row);
}

// — the trace —

/** Proposals (not withdrawn) linked to these perspectives directly or through their themes. */
export async function listProposalsTouching(
	db: Db | Tx,
	processId: string,
	perspectiveIds: string[]
): Promise<{ perspectiveId: string; proposalId: string; title: string; via: 'perspective' | 'theme' }[]> {
	if (perspectiveIds.length === 0) return [];
	const direct = await db
		.select({ perspectiveId: proposalPerspectives.perspectiveId, proposalId: proposals.id, title: proposals.title })
		.from(proposalPerspectives)
		.innerJoin(proposals, eq(proposals.id, proposalPerspectives.proposalId))
		.where(
			and(
				inArray(proposalPerspectives.perspectiveId, perspectiveIds),
				eq(proposals.processId, processId),
				isNull(proposals.withdrawnAt)
			)
		);
	const byTheme = await db
		.select({ perspectiveId: perspectives.id, proposalId: proposals.id, title: proposals.title })
		.from(perspectives)
		.innerJoin(proposalThemes, eq(proposalThemes.themeId, perspectives.themeId))
		.innerJoin(proposals, eq(proposals.id, proposalThemes.proposalId))
		.where(
			and(inArray(perspectives.id, perspectiveIds), eq(proposals.processId, processId), isNull(proposals.withdrawnAt))
		);
	const seen = new Set<string>();
	const out: { perspectiveId: string; proposalId: string; title: string; via: 'perspective' | 'theme' }[] = [];
	for (const [list, via] of [
		[direct, 'perspective'],
		[byTheme, 'theme']
	] as const) {
		for (const r of list) {
			const key = `${r.perspectiveId}:${r.proposalId}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({ ...r, via });
		}
	}
	return out;
}

/** Published decisions' outcomes for these proposals, oldest decision first. */
export async function listPublishedOutcomes(db: Db | Tx, proposalIds: string[]) {
	if (proposalIds.length === 0) return [];
	return db
		.select({
			proposalId: decisionOutcomes.proposalId,
			decisionId: decisions.id,
			body: decisions.body,
			decidedOn: decisions.decidedOn,
			caseNumber: decisions.caseNumber,
			minutesParagraph: decisions.minutesParagraph,
			outcome: decisionOutcomes.outcome,
			reasons: decisionOutcomes.reasons
		})
		.from(decisionOutcomes)
		.innerJoin(decisions, eq(decisions.id, decisionOutcomes.decisionId))
		.where(and(eq(decisions.status, 'published'), inArray(decisionOutcomes.proposalId, proposalIds)))
		.orderBy(asc(decisions.decidedOn), asc(decisions.publishedAt));
}

/**
 * Contact details of people whose perspectives (visible, not withdrawn) the given proposals touch, one entry per
 * email address or phone number with all their receipt codes; unsubscribed people are left out.
 */
export async function listContactsTouchedBy(
	db: Db | Tx,
	processId: string,
	proposalIds: string[]
): Promise<{ email: string | null; phone: string | null; receipts: string[] }[]> {
	if (proposalIds.length === 0) return [];
	const direct = db
		.select({ id: proposalPerspectives.perspectiveId })
		.from(proposalPerspectives)
		.where(inArray(proposalPerspectives.proposalId, proposalIds));
	const viaTheme = db
		.select({ id: perspectives.id })
		.from(perspectives)
		.innerJoin(proposalThemes, eq(proposalThemes.themeId, perspectives.themeId))
		.where(inArray(proposalThemes.proposalId, proposalIds));
	const rows = await db
		.select({ email: perspectiveContacts.email, phone: perspectiveContacts.phone, receipt: perspectives.receipt })
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.where(
			and(
				eq(perspectives.processId, processId),
				eq(perspectives.status, 'visible'),
				isNull(perspectiveContacts.unsubscribedAt),
				or(inArray(perspectives.id, direct), inArray(perspectives.id, viaTheme))
			)
		)
		.orderBy(asc(perspectives.createdAt), asc(perspectives.id));
	return groupContacts(rows);
}

/** One entry per person: rows sharing an email address (or, without email, a phone number) are merged. */
export function groupContacts(rows: { email: string | null; phone: string | null; receipt: string }[]) {
	const byKey = new Map<string, { email: string | null; phone: string | null; receipts: string[] }>();
	for (const r of rows) {
		const email = r.email?.trim().toLowerCase() || null;
		const phone = r.phone?.replace(/[\s-]/g, '') || null;
		const key = email ? `e:${email}` : phone ? `p:${phone}` : null;
		if (!key) continue;
		const entry = byKey.get(key) ?? { email, phone, receipts: [] };
		entry.phone ??= phone;
		if (!entry.receipts.includes(r.receipt)) entry.receipts.push(r.receipt);
		byKey.set(key, entry);
	}
	return [...byKey.values()];
}
