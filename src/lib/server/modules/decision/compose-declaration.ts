/**
 * @module Gathers what the decision-memo declaration says — the report's numbers, channels, reach and gaps,
 * themes and tensions, the working group, statements and panel, and each proposal's basis and outcome — and
 * composes it (pure, `domain/decision/declaration.ts`). Staff only; drafts too, since the memo is written
 * before the decision.
 */
import { authorize } from '../gate';
import type { Actor } from '../../../domain/access/can';
import { MEMBER_ROLES } from '../../../domain/cocreation/working-group';
import { composeDeclaration, type Declaration } from '../../../domain/decision/declaration';
import { err, ok, type Result } from '../../../kernel/result';
import { translator, type Locale, type MessageKey } from '../../../i18n/index';
import { listDotVotes, listGroupSessions, listMembers, listProposals } from '../cocreation/queries/cocreation';
import { findDecision, listContactsTouchedBy } from './queries/decisions';
import { countPool, findPanel } from '../panel/queries/panels';
import { listThemes } from '../perspectives/queries/perspectives';
import { findReport } from '../perspectives/queries/reports';
import { countStatements, voteStats } from '../statements/queries/statements';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from '../cocreation/load-cocreation';

export async function composeDecisionDeclaration(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	decisionId: string,
	locale: Locale = 'sv'
): Promise<
	Result<
		{
			declaration: Declaration;
			process: { title: string; slug: string };
			decision: { id: string; caseNumber: string };
		},
		UseCaseError
	>
> {
	// Drafts are for staff: refused before anything is looked up (an anonymous visitor finds no process otherwise).
	const gate = authorize(actor, 'decision.view');
	if (!gate.ok) return gate;
	const loaded = await loadCocreation(ctx, actor, 'decision.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const decision = await findDecision(ctx.db, process.id, decisionId);
	if (!decision) return err({ code: 'not_found' });
	const db = ctx.db;
	const [report, members, sessions, proposals, themes, statementCounts, votes, panel] = await Promise.all([
		findReport(db, process.id),
		listMembers(db, process.id),
		listGroupSessions(db, process.id),
		listProposals(db, process.id),
		listThemes(db, process.id),
		countStatements(db, process.id),
		voteStats(db, process.id),
		findPanel(db, process.id)
	]);
	const ids = decision.outcomes.map((o) => o.proposalId);
	const [dots, contacts, volunteers] = await Promise.all([
		listDotVotes(db, ids),
		listContactsTouchedBy(db, process.id, ids),
		panel ? countPool(db, panel.id) : Promise.resolve(0)
	]);
	const activeMembers = members.filter((m) => !m.withdrawnAt);
	const roles = MEMBER_ROLES.filter((r) => activeMembers.some((m) => m.role === r));
	const s = report?.snapshot;
	const collection = process.schedule.find((x) => x.phase === 'collection');
	const t = translator(locale);
	const declaration = composeDeclaration(
		{
			process: { title: process.title, question: process.question, ...process.influence },
			period: { from: s?.period.from ?? collection?.startsOn ?? null, to: s?.period.to ?? collection?.endsOn ?? null },
			report: s
				? {
						received: s.totals.received,
						hidden: s.totals.hidden,
						channels: s.channels.groups.map((g) => ({ channel: g.group, count: g.count })),
						themes: s.themes.map((x) => ({ name: x.name, count: x.count, share: x.share, isMinority: x.isMinority })),
						tensions: s.tensions.map((x) => ({ title: x.title })),
						gaps: locale === 'sv' ? s.reach.gaps.sv : s.reach.gaps.en
					}
				: null,
			workingGroup: activeMembers.length
				? {
						members: roles.map((role) => ({ role, count: activeMembers.filter((m) => m.role === role).length })),
						sessions: sessions.length
					}
				: null,
			statements:
				votes.participants > 0 ? { statements: statementCounts.approved ?? 0, participants: votes.participants } : null,
			panel: panel && volunteers > 0 ? { size: panel.size, volunteers } : null,
			decision: {
				isPublished: decision.status === 'published',
				body: decision.body,
				decidedOn: decision.decidedOn,
				caseNumber: decision.caseNumber,
				minutesParagraph: decision.minutesParagraph,
				proposals: decision.outcomes.map((o) => {
					const p = proposals.find((x) => x.id === o.proposalId);
					return {
						title: o.title,
						what: p?.what ?? '',
						outcome: o.outcome,
						reasons: o.reasons,
						themes: (p?.themeIds ?? [])
							.map((id) => themes.find((th) => th.id === id)?.name)
							.filter((n): n is string => Boolean(n)),
						perspectives: p?.perspectiveIds.length ?? 0,
						dots: dots.filter((d) => d.proposalId === o.proposalId).reduce((a, d) => a + d.dots, 0)
					};
				})
			},
			contacts: contacts.length
		},
		(key, params) => t(key as MessageKey, params)
	);
	return ok({
		declaration,
		process: { title: process.title, slug: process.slug },
		decision: { id: decision.id, caseNumber: decision.caseNumber }
	});
}
