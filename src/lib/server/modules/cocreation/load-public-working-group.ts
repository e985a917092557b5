/**
 * @module What the public and the group's own members read of the working group: the group page, one proposal,
 * one session (its harvest live for those who follow it, else once published), the live stream's catch-up,
 * the members' prioritising page and the proposals for the API. Drafts are previews for staff only. A member
 * is a member only of their own process; elsewhere they read what the public reads.
 */
import { CRITERIA } from '../../../domain/cocreation/proposal';
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { err, ok } from '../../../kernel/result';
import type { LiveNote } from '../../live/harvest-broadcaster';
import type { UseCaseContext } from '../context';
import { allows, refuse } from '../gate';
import { listThemes } from '../perspectives/queries/perspectives';
import { loadPublicProcess, type PublicSite } from '../process/load-public-process';
import { loadWorkingGroup } from './load-working-group';
import { findGroupSession, listAssessments, listDotVotes, listNotes } from './queries/cocreation';

const notFound = () => err({ code: 'not_found' as const });

const isMemberOf = (actor: Actor, process: Process) => actor.kind === 'member' && actor.processId === process.id;
const resourceOf = (process: Process) => ({ organisationId: process.organisationId, phase: process.currentPhase });

/** The process behind a public working-group page: published (or a staff preview), and whether the actor belongs. */
async function groupProcess(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug, { staffPreview: true });
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	return ok({ process, isMember: isMemberOf(actor, process) });
}

/** Members of this group and staff follow a session's harvest live; everyone else reads it once it is published. */
const followsSessions = (actor: Actor, process: Process, isMember: boolean) =>
	isMember || (actor.kind === 'staff' && allows(actor, 'session.follow', resourceOf(process)));

export async function loadPublicWorkingGroupPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const found = await groupProcess(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, isMember } = found.value;
	const group = await loadWorkingGroup(ctx.db, process, isMember ? 'member' : 'public');
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		group,
		isMember,
		canVote: isMember && allows(actor, 'proposal.dotVote', resourceOf(process))
	});
}

export async function loadPublicProposal(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	proposalId: string
) {
	const found = await groupProcess(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, isMember } = found.value;
	const group = await loadWorkingGroup(ctx.db, process, isMember ? 'member' : 'public');
	const proposal = group.proposals.find((p) => p.id === proposalId);
	if (!proposal) return notFound();
	const resource = resourceOf(process);
	return ok({
		process: { slug: process.slug, title: process.title },
		proposal,
		isMember,
		canArgue: isMember
			? allows(actor, 'proposal.argue', resource)
			: actor.kind === 'anonymous' && allows(actor, 'proposal.argueInPublic', resource)
	});
}

export async function loadPublicSession(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	sessionId: string
) {
	const found = await groupProcess(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, isMember } = found.value;
	const follows = followsSessions(actor, process, isMember);
	const group = await loadWorkingGroup(ctx.db, process, follows ? 'member' : 'public');
	const session = group.sessions.find((s) => s.id === sessionId);
	if (!session) return notFound();
	return ok({
		process: { slug: process.slug, title: process.title },
		session: { ...session, notes: session.notes.map(({ perspectives, ...n }) => ({ ...n, perspectives })) },
		follows,
		live: follows && !session.harvestPublishedAt
	});
}

/**
 * Following a session's harvest live (members of the group and staff): the session, and the notes stored after
 * a sequence number, for a browser that reconnects (hidden notes left out).
 */
export async function followSessionLive(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	sessionId: string
) {
	const found = await groupProcess(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, isMember } = found.value;
	if (!followsSessions(actor, process, isMember)) return refuse('session.follow');
	const session = /^[0-9a-f-]{36}$/i.test(sessionId) ? await findGroupSession(ctx.db, process.id, sessionId) : null;
	if (!session) return notFound();
	const notesAfter = async (seq: number): Promise<LiveNote[]> => {
		const themes = new Map((await listThemes(ctx.db, process.id)).map((t) => [t.id, t.name]));
		return (await listNotes(ctx.db, [session.id], { afterSeq: seq }))
			.filter((n) => !n.hiddenAt)
			.map((n) => ({
				id: n.id,
				seq: n.seq,
				kind: n.kind,
				text: n.text,
				createdAt: n.createdAt.toISOString(),
				themes: n.themeIds.map((id) => themes.get(id) ?? '').filter(Boolean)
			}));
	};
	return ok({ sessionId: session.id, notesAfter });
}

/**
 * The members' prioritising page: their own dots and assessments. Anyone not of this group is sent to the
 * group's public page (`not_member`); a member outside the prioritising phase is refused.
 */
export async function loadPrioritising(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const found = await groupProcess(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, isMember } = found.value;
	if (!isMember || actor.kind !== 'member') return err({ code: 'not_member' as const });
	if (!allows(actor, 'proposal.dotVote', resourceOf(process))) return refuse('proposal.dotVote');
	const group = await loadWorkingGroup(ctx.db, process, 'member');
	const open = group.proposals.filter((p) => !p.withdrawnAt);
	const ids = open.map((p) => p.id);
	const mine = (await listDotVotes(ctx.db, ids)).filter((v) => v.memberId === actor.memberId);
	const assessed = (await listAssessments(ctx.db, ids)).filter((a) => a.memberId === actor.memberId);
	return ok({
		process: { slug: process.slug, title: process.title },
		dotsPerMember: group.dotsPerMember,
		proposals: open.map((p) => ({
			id: p.id,
			title: p.title,
			what: p.what,
			dots: mine.find((v) => v.proposalId === p.id)?.dots ?? 0,
			scores: Object.fromEntries(
				CRITERIA.map((c) => [c, assessed.find((a) => a.proposalId === p.id)?.[c] ?? null])
			) as Record<(typeof CRITERIA)[number], number | null>
		}))
	});
}

/** The working group as the public sees it, for the API: published processes only, no previews. */
export async function loadPublicProposals(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	return ok({ process, group: await loadWorkingGroup(ctx.db, process, 'public') });
}
