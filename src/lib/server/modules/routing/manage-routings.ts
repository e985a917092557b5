/**
 * @module What staff see of routed inputs: the status list of a process (overdue flagged), the routing state
 * of each perspective on the staff lists, closing with a reason, and the organisation's open routings for the
 * staff inbox.
 */
import type { Actor } from '../../../domain/access/can';
import { isOverdue, swedishDay, type RoutingStatus } from '../../../domain/routing/routing';
import { err, ok, type Result } from '../../../kernel/result';
import { closeInputSchema } from '../../../schemas/receiver-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, permissions, refused } from '../gate';
import { zodFieldErrors } from '../process/process-input';
import { loadProcessFor } from '../process/load-process-for-staff';
import { auditAs } from '../records/queries/audit';
import {
	findOrganisationForRouting,
	findRouting,
	listReceivers,
	listRoutingsOfProcess,
	listWaitingRoutings,
	markClosed,
	type RoutingRow
} from './queries/routing';

export type RoutingView = {
	id: string;
	perspectiveId: string;
	text: string;
	themeName: string | null;
	receiver: string;
	status: RoutingStatus;
	routedAt: Date;
	dueOn: string;
	overdue: boolean;
	answer: { text: string; by: string; at: Date } | null;
	closedReason: string | null;
	forwardedFromId: string | null;
};

function view(r: RoutingRow, today: string): RoutingView {
	return {
		id: r.id,
		perspectiveId: r.perspectiveId,
		text: r.perspective.status === 'withdrawn' ? '' : r.perspective.text,
		themeName: r.perspective.themeName,
		receiver: r.receiverName,
		status: r.status,
		routedAt: r.routedAt,
		dueOn: r.dueOn,
		overdue: isOverdue(r, today),
		answer:
			r.answerText !== null && r.answeredAt ? { text: r.answerText, by: r.answeredBy ?? '', at: r.answeredAt } : null,
		closedReason: r.closedReason,
		forwardedFromId: r.forwardedFromId
	};
}

/** The process's routings, newest first, with what the viewer may do. */
export async function loadProcessRoutings(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.read', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const today = swedishDay(ctx.now());
	const organisation = await findOrganisationForRouting(ctx.db, staff.organisationId);
	return ok({
		process,
		answerWorkingDays: organisation?.answerWorkingDays ?? 20,
		routings: (await listRoutingsOfProcess(ctx.db, process.id)).map((r) => view(r, today)),
		permissions: permissions(actor, ['perspective.route'], {
			organisationId: process.organisationId,
			phase: process.currentPhase
		})
	});
}

/**
 * For the staff perspective and theme lists: the receivers that can be chosen (for those who may route) and
 * the latest routing of each perspective, for its label.
 */
export async function loadRoutingPanel(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.read', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const may = permissions(actor, ['perspective.route', 'receiver.manage'], { organisationId: process.organisationId });
	const today = swedishDay(ctx.now());
	const latest: Record<string, { receiver: string; status: RoutingStatus; overdue: boolean }> = {};
	// Newest first: the first seen per perspective is its latest.
	for (const r of await listRoutingsOfProcess(ctx.db, process.id))
		latest[r.perspectiveId] ??= { receiver: r.receiverName, status: r.status, overdue: isOverdue(r, today) };
	return ok({
		receivers: may['perspective.route']
			? (await listReceivers(ctx.db, staff.organisationId)).map((r) => ({ id: r.id, name: r.name }))
			: [],
		routed: latest,
		permissions: may
	});
}

/** Staff close a routing (waiting or answered) with a reason that shows on the perspective's trace. */
export async function closeRouting(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	routingId: string,
	raw: unknown
): Promise<Result<void, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.route', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const routing = await findRouting(ctx.db, staff.organisationId, routingId);
	if (!routing || routing.process.id !== process.id) return err({ code: 'not_found' });
	const parsed = closeInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	let closed = false;
	await ctx.db.transaction(async (tx) => {
		closed = await markClosed(tx, routing.id, { reason: parsed.data.reason, at: now, byUserId: staff.userId });
		if (closed)
			await auditAs(ctx, staff, now)(tx, 'routing.closed', 'routing', routing.id, {
				from: routing.status,
				receiver: routing.receiverName
			});
	});
	if (!closed) return err({ code: 'conflict', reason: 'error.routing.closed' });
	return ok(undefined);
}

export type OpenRouting = {
	id: string;
	process: { slug: string; title: string };
	receiver: string;
	routedAt: Date;
	dueOn: string;
	overdue: boolean;
	excerpt: string;
};

/**
 * The organisation's routings still waiting for an answer, overdue ones first, for the staff inbox. Those who
 * may read perspectives; each links to its process's status list (`/hantera/processer/<slug>/vidarebefordran`).
 */
export async function listOpenRoutings(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ routings: OpenRouting[]; overdue: number }, UseCaseError>> {
	if (!authorize(actor, 'perspective.read').ok || actor.kind !== 'staff') return refused();
	const today = swedishDay(ctx.now());
	const routings = (await listWaitingRoutings(ctx.db, actor.organisationId)).map((r) => ({
		id: r.id,
		process: { slug: r.process.slug, title: r.process.title },
		receiver: r.receiverName,
		routedAt: r.routedAt,
		dueOn: r.dueOn,
		overdue: isOverdue(r, today),
		excerpt: r.perspective.status === 'withdrawn' ? '' : excerpt(r.perspective.text)
	}));
	routings.sort((a, b) => Number(b.overdue) - Number(a.overdue));
	return ok({ routings, overdue: routings.filter((r) => r.overdue).length });
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
