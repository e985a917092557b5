/**
 * @module The staff pages of the working group: the group (members, sessions, proposals), one proposal and
 * one session, with what the viewer may do there. Members' email addresses are only for those who compose
 * the group (`workingGroup.compose`); the perspectives to link only for those who draft proposals, and the
 * quotes only for those who take notes.
 */
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { AGE_BANDS } from '../../../kernel/age-bands';
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { allows, permissions } from '../gate';
import { loadProcessFor } from '../process/load-process-for-staff';
import { loadWorkingGroup } from './load-working-group';
import { listPerspectiveTexts } from './queries/cocreation';
import { SESSION_METHODS } from './run-session';

const resourceOf = (process: Process) => ({
	organisationId: process.organisationId,
	phase: process.currentPhase
});

export async function loadStaffWorkingGroup(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'workingGroup.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const may = permissions(actor, ['workingGroup.compose', 'session.plan', 'proposal.draft'], resourceOf(process));
	const group = await loadWorkingGroup(ctx.db, process, 'staff');
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		group: may['workingGroup.compose']
			? group
			: { ...group, members: group.members.map((m) => ({ ...m, email: null })) },
		ageBands: [...AGE_BANDS],
		methods: SESSION_METHODS,
		perspectives: may['proposal.draft']
			? (await listPerspectiveTexts(ctx.db, process.id)).map((p) => ({ id: p.id, text: p.text, themeId: p.themeId }))
			: [],
		permissions: may
	});
}

export async function loadStaffProposal(ctx: UseCaseContext, actor: Actor, slug: string, proposalId: string) {
	const loaded = await loadProcessFor(ctx, actor, 'workingGroup.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const group = await loadWorkingGroup(ctx.db, process, 'staff');
	const proposal = group.proposals.find((p) => p.id === proposalId);
	if (!proposal) return err({ code: 'not_found' as const });
	const may = permissions(actor, ['commitment.manage', 'proposal.moderate'], resourceOf(process));
	return ok({
		process: { slug: process.slug, title: process.title },
		proposal,
		dotsPerMember: group.dotsPerMember,
		permissions: { ...may, 'commitment.manage': may['commitment.manage'] && !proposal.withdrawnAt }
	});
}

export async function loadStaffSession(ctx: UseCaseContext, actor: Actor, slug: string, sessionId: string) {
	const loaded = await loadProcessFor(ctx, actor, 'session.follow', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const group = await loadWorkingGroup(ctx.db, process, 'staff');
	const session = group.sessions.find((s) => s.id === sessionId);
	if (!session) return err({ code: 'not_found' as const });
	const resource = resourceOf(process);
	const canNote = allows(actor, 'session.note', resource) && !session.harvestPublishedAt;
	return ok({
		process: { slug: process.slug, title: process.title },
		session,
		themes: group.themes,
		quotes: canNote
			? (await listPerspectiveTexts(ctx.db, process.id))
					.filter((p) => p.isQuote)
					.map((p) => ({ id: p.id, text: p.text }))
			: [],
		permissions: {
			...permissions(actor, ['session.plan', 'harvest.publish'], resource),
			'session.note': canNote
		}
	});
}
