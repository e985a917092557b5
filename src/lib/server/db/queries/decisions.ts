/**
 * @module Decisions, their outcomes per proposal, and implementation items: rows ↔ plain objects.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { isAdopting, type Outcome } from '../../../domain/decision/decision';
import type { Db, Tx } from '../client';
import { decisionOutcomes, decisions, proposals } from '../schema/index';

/**
 * Each proposal of the process (withdrawn ones left out) with the outcome of the latest *published* decision
 * about it, or null when no published decision has handled it yet.
 */
export async function loadProposalOutcomes(db: Db | Tx, processId: string): Promise<{ proposalId: string; title: string; outcome: Outcome | null; reasons: string }[]> {
	const list = await db
		.select({ id: proposals.id, title: proposals.title })
		.from(proposals)
		.where(and(eq(proposals.processId, processId), isNull(proposals.withdrawnAt)))
		.orderBy(asc(proposals.createdAt), asc(proposals.id));
	if (list.length === 0) return [];
	const rows = await db
		.select({ proposalId: decisionOutcomes.proposalId, outcome: decisionOutcomes.outcome, reasons: decisionOutcomes.reasons, decidedOn: decisions.decidedOn, publishedAt: decisions.publishedAt })
		.from(decisionOutcomes)
		.innerJoin(decisions, eq(decisions.id, decisionOutcomes.decisionId))
		.where(and(eq(decisions.status, 'published'), inArray(decisionOutcomes.proposalId, list.map((p) => p.id))))
		.orderBy(asc(decisions.decidedOn), asc(decisions.publishedAt));
	const latest = new Map<string, { outcome: Outcome; reasons: string }>();
	for (const r of rows) latest.set(r.proposalId, { outcome: r.outcome, reasons: r.reasons });
	return list.map((p) => ({ proposalId: p.id, title: p.title, outcome: latest.get(p.id)?.outcome ?? null, reasons: latest.get(p.id)?.reasons ?? '' }));
}

/** Proposals a published decision did not adopt (rejected, referred) or that no decision has handled yet. */
export async function loadUnadoptedProposals(db: Db | Tx, processId: string) {
	return (await loadProposalOutcomes(db, processId)).filter((p) => p.outcome === null || !isAdopting(p.outcome));
}
