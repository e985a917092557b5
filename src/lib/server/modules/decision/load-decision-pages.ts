/**
 * @module The staff pages of phases 6–7 (`decision.view`): the decisions (drafts too) and the proposals they
 * answer, one decision with what stops it from being published and how many contributors it will reach,
 * and the implementation items with their milestones.
 */
import type { Actor } from '../../../domain/access/can';
import { checkPublishable } from '../../../domain/decision/decision';
import { milestoneStates } from '../../../domain/decision/implementation';
import type { Process } from '../../../domain/process/process';
import { err, ok } from '../../../kernel/result';
import { listProposals } from '../cocreation/queries/cocreation';
import type { UseCaseContext } from '../context';
import { allows, permissions } from '../gate';
import { loadProcessFor } from '../process/load-process-for-staff';
import { findDecision, listContactsTouchedBy, listDecisions, listImplementation } from './queries/decisions';

const resourceOf = (process: Process) => ({ organisationId: process.organisationId, phase: process.currentPhase });

export async function loadStaffDecisions(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'decision.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const [decisions, proposals, items] = await Promise.all([
		listDecisions(ctx.db, process.id, 'all'),
		listProposals(ctx.db, process.id),
		listImplementation(ctx.db, process.id)
	]);
	return ok({
		process: { slug: process.slug, title: process.title },
		decisions: decisions.map((d) => ({
			id: d.id,
			body: d.body,
			decidedOn: d.decidedOn,
			caseNumber: d.caseNumber,
			minutesParagraph: d.minutesParagraph,
			status: d.status,
			outcomes: d.outcomes
		})),
		proposals: proposals.filter((p) => !p.withdrawnAt).map((p) => ({ id: p.id, title: p.title, what: p.what })),
		implementationItems: items.length,
		permissions: permissions(actor, ['decision.record'], resourceOf(process))
	});
}

export async function loadStaffDecision(ctx: UseCaseContext, actor: Actor, slug: string, decisionId: string) {
	const loaded = await loadProcessFor(ctx, actor, 'decision.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const decision = /^[0-9a-f-]{36}$/i.test(decisionId) ? await findDecision(ctx.db, process.id, decisionId) : null;
	if (!decision) return err({ code: 'not_found' as const });
	const [proposals, contacts] = await Promise.all([
		listProposals(ctx.db, process.id),
		listContactsTouchedBy(
			ctx.db,
			process.id,
			decision.outcomes.map((o) => o.proposalId)
		)
	]);
	const isDraft = decision.status === 'draft';
	const resource = resourceOf(process);
	return ok({
		process: { slug: process.slug, title: process.title },
		decision: { ...decision, publishedAt: decision.publishedAt, createdAt: undefined, updatedAt: undefined },
		stored: {
			body: decision.body,
			bodyKind: decision.bodyKind,
			decidedOn: decision.decidedOn,
			caseNumber: decision.caseNumber,
			minutesParagraph: decision.minutesParagraph,
			summary: decision.summary,
			outcome: Object.fromEntries(decision.outcomes.map((o) => [o.proposalId, o.outcome])),
			reasons: Object.fromEntries(decision.outcomes.map((o) => [o.proposalId, o.reasons]))
		},
		proposals: proposals
			.filter((p) => !p.withdrawnAt || decision.outcomes.some((o) => o.proposalId === p.id))
			.map((p) => ({ id: p.id, title: p.title, what: p.what })),
		problems: isDraft ? checkPublishable(decision) : [],
		// Only how many: the contributors' addresses stay with the outbox.
		contacts: contacts.length,
		permissions: {
			'decision.record': isDraft && allows(actor, 'decision.record', resource),
			'decision.publish': isDraft && allows(actor, 'decision.publish', resource)
		}
	});
}

export async function loadStaffImplementation(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'decision.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const today = ctx.now().toISOString().slice(0, 10);
	const items = await listImplementation(ctx.db, process.id);
	return ok({
		process: { slug: process.slug, title: process.title },
		items: items.map((i) => ({ ...i, milestones: milestoneStates(i.milestones, today) })),
		permissions: permissions(actor, ['implementation.manage'], resourceOf(process))
	});
}
