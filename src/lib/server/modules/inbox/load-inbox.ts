/**
 * @module The staff inbox: what waits for the person signed in, per process they can work on, each with a link
 * to where they act. Each section is there only when the viewer's role may act on it in that process (a
 * facilitator has an official's rights in the processes they do not run), so a page never receives counts its
 * viewer may not see.
 */
import type { Action, Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { allows, authorize, refused } from '../gate';
import { listProcesses } from '../process/queries/processes';
import { listOpenRoutings } from '../routing/manage-routings';
import { countOpenReports } from '../accessibility/queries/accessibility';
import { findWaitingDisposal } from '../retention/dispose-records';
import { listOpenSubjectRequestsFor } from '../retention/subject-requests';
import type { SubjectRequestKind } from '../../../domain/retention/subject-request';
import {
	countFailedMessages,
	countPendingStatements,
	countQueuedNotices,
	countUnthemedPerspectives,
	listDueMilestones,
	listFacilitatedProcessIds
} from './queries/inbox';

/** Milestones due within this many days (or already late) are in the inbox. */
export const MILESTONE_HORIZON_DAYS = 14;

type ProcessRef = { slug: string; title: string };

/** Inputs passed on to receivers and waiting for an answer in one process (how many, how many overdue). */
export type RoutedInputItem = { process: ProcessRef; count: number; overdue: number; href: string };

export type InboxSection =
	| { kind: 'themes'; items: { process: ProcessRef; count: number; href: string }[] }
	| { kind: 'routedInputs'; items: RoutedInputItem[] }
	| { kind: 'notices'; items: { queued: number; failed: number; href: string }[] }
	| { kind: 'moderation'; items: { process: ProcessRef; count: number; href: string }[] }
	| { kind: 'accessibilityReports'; items: { count: number; href: string }[] }
	| {
			kind: 'milestones';
			items: { process: ProcessRef; item: string; title: string; dueOn: string; late: boolean; href: string }[];
	  }
	| { kind: 'disposal'; items: { total: number; href: string }[] }
	| {
			kind: 'subjectRequests';
			items: { kind: SubjectRequestKind; dueOn: string; overdue: boolean; href: string }[];
	  };

export type Inbox = { sections: InboxSection[]; waiting: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function loadInbox(ctx: UseCaseContext, actor: Actor) {
	const gate = authorize(actor, 'staff.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const { organisationId } = actor;
	const [processes, facilitated] = await Promise.all([
		listProcesses(ctx.db, organisationId, 'all'),
		actor.role === 'facilitator' ? listFacilitatedProcessIds(ctx.db, actor.userId) : Promise.resolve(new Set<string>())
	]);
	// As the server hook does on a process's own pages: a facilitator runs only the processes assigned to them.
	const actorIn = (p: Process): Actor =>
		actor.role === 'facilitator' && !facilitated.has(p.id) ? { ...actor, role: 'official' } : actor;
	const where = (action: Action) =>
		processes.filter((p) => allows(actorIn(p), action, { organisationId, phase: p.currentPhase }));
	const ref = (p: Process): ProcessRef => ({ slug: p.slug, title: p.title });
	const base = (p: Process) => `/hantera/processer/${p.slug}`;

	const harvesting = where('perspective.harvest');
	const moderating = where('statement.moderate');
	const implementing = where('implementation.manage');
	const now = ctx.now();
	const today = isoDay(now);
	const mayReadOutbox = allows(actor, 'audit.view', { organisationId });
	const [unthemed, pending, milestones, queued, failed] = await Promise.all([
		countUnthemedPerspectives(
			ctx.db,
			harvesting.map((p) => p.id)
		),
		countPendingStatements(
			ctx.db,
			moderating.map((p) => p.id)
		),
		listDueMilestones(
			ctx.db,
			implementing.map((p) => p.id),
			isoDay(new Date(now.getTime() + MILESTONE_HORIZON_DAYS * DAY_MS))
		),
		mayReadOutbox ? countQueuedNotices(ctx.db, organisationId) : Promise.resolve(0),
		mayReadOutbox ? countFailedMessages(ctx.db, organisationId) : Promise.resolve(0)
	]);
	const byId = new Map(processes.map((p) => [p.id, p]));
	const openReports = allows(actor, 'accessibility.reports', { organisationId })
		? await countOpenReports(ctx.db, organisationId)
		: 0;

	const sections: InboxSection[] = [
		{
			kind: 'themes',
			items: harvesting
				.filter((p) => (unthemed.get(p.id) ?? 0) > 0)
				.map((p) => ({ process: ref(p), count: unthemed.get(p.id)!, href: `${base(p)}/teman` }))
		},
		{ kind: 'routedInputs', items: await loadRoutedInputs(ctx, actor, where('perspective.route')) },
		{
			kind: 'notices',
			items: queued + failed > 0 ? [{ queued, failed, href: '/hantera/utskick' }] : []
		},
		{
			kind: 'moderation',
			items: moderating
				.filter((p) => (pending.get(p.id) ?? 0) > 0)
				.map((p) => ({ process: ref(p), count: pending.get(p.id)!, href: `${base(p)}/pastaenden#queue-heading` }))
		},
		{
			kind: 'accessibilityReports',
			items: openReports > 0 ? [{ count: openReports, href: '/hantera/tillganglighet/rapporter' }] : []
		},
		{
			kind: 'milestones',
			items: milestones.map((m) => {
				const p = byId.get(m.processId)!;
				return {
					process: ref(p),
					item: m.itemTitle,
					title: m.title,
					dueOn: m.dueOn,
					late: m.dueOn < today,
					href: `${base(p)}/genomforande#item-${m.itemId}`
				};
			})
		},
		...(await loadRecordsSections(ctx, organisationId, actor, today))
	];
	const nonEmpty = sections.filter((s) => s.items.length > 0);
	return ok<Inbox>({ sections: nonEmpty, waiting: nonEmpty.reduce((n, s) => n + s.items.length, 0) });
}

/**
 * The routed inputs section: perspectives passed on to a receiver and not yet answered, per process the viewer
 * may route in, with how many are overdue and a link to the process's routing list.
 */
async function loadRoutedInputs(ctx: UseCaseContext, actor: Actor, routing: Process[]): Promise<RoutedInputItem[]> {
	if (routing.length === 0) return [];
	const open = await listOpenRoutings(ctx, actor);
	if (!open.ok) return [];
	return routing.flatMap((p) => {
		const waiting = open.value.routings.filter((r) => r.process.slug === p.slug);
		return waiting.length === 0
			? []
			: [
					{
						process: { slug: p.slug, title: p.title },
						count: waiting.length,
						overdue: waiting.filter((r) => r.overdue).length,
						href: `/hantera/processer/${p.slug}/vidarebefordran`
					}
				];
	});
}

/**
 * Disposal waiting for confirmation and open data-subject requests with their due day (GDPR's month), for
 * those who handle them (the organisation admin).
 */
async function loadRecordsSections(
	ctx: UseCaseContext,
	organisationId: string,
	actor: Actor,
	today: string
): Promise<InboxSection[]> {
	const [disposal, requests] = await Promise.all([
		allows(actor, 'retention.dispose', { organisationId }) ? findWaitingDisposal(ctx.db, organisationId) : null,
		allows(actor, 'subjectRequest.handle', { organisationId })
			? listOpenSubjectRequestsFor(ctx.db, organisationId, today)
			: Promise.resolve([])
	]);
	return [
		{ kind: 'disposal', items: disposal ? [{ total: disposal.total, href: '/hantera/gallring' }] : [] },
		{
			kind: 'subjectRequests',
			items: requests.map((r) => ({
				kind: r.kind,
				dueOn: r.dueOn,
				overdue: r.daysLeft < 0,
				href: `/hantera/registerutdrag/arende?id=${r.id}`
			}))
		}
	];
}
