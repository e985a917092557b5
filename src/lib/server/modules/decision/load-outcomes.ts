/**
 * @module What the public sees of phases 6–7: published decisions with the outcome and reasons per proposal
 * and, for each proposal, the perspectives behind it (themes, and the linked perspectives' texts with
 * personal data redacted), and the implementation items with milestones and status updates. Shared by the
 * public pages and the API. Drafts are never shown.
 */
import { redactPersonalData } from '../../../analysis/text-harvest/index';
import { milestoneStates } from '../../../domain/decision/implementation';
import type { Process } from '../../../domain/process/process';
import type { Db } from '../../db/client';
import { listPerspectiveTexts, listProposals } from '../cocreation/queries/cocreation';
import { listDecisions, listImplementation } from './queries/decisions';
import { listThemes } from '../perspectives/queries/perspectives';

export async function loadPublicDecisions(db: Db, process: Pick<Process, 'id'>) {
	const [decisions, proposals, themes, items] = await Promise.all([
		listDecisions(db, process.id, 'published'),
		listProposals(db, process.id),
		listThemes(db, process.id),
		listImplementation(db, process.id)
	]);
	const linked = [...new Set(proposals.flatMap((p) => p.perspectiveIds))];
	const texts = await listPerspectiveTexts(db, process.id, linked);
	return decisions.map((d) => ({
		id: d.id,
		body: d.body,
		bodyKind: d.bodyKind,
		decidedOn: d.decidedOn,
		caseNumber: d.caseNumber,
		minutesParagraph: d.minutesParagraph,
		summary: d.summary,
		publishedAt: d.publishedAt!,
		outcomes: d.outcomes.map((o) => {
			const p = proposals.find((x) => x.id === o.proposalId);
			const item = items.find((i) => i.proposalId === o.proposalId);
			return {
				...o,
				themes: (p?.themeIds ?? [])
					.map((id) => themes.find((th) => th.id === id)?.name)
					.filter((n): n is string => Boolean(n)),
				perspectives: texts
					.filter((x) => p?.perspectiveIds.includes(x.id))
					.map((x) => ({ id: x.id, text: redactPersonalData(x.text) })),
				implementation: item ? { id: item.id, status: item.status, progress: item.progress } : null
			};
		})
	}));
}

export async function loadPublicImplementation(db: Db, process: Pick<Process, 'id'>, today: string) {
	const [items, decisions] = await Promise.all([
		listImplementation(db, process.id),
		listDecisions(db, process.id, 'published')
	]);
	return items
		.map((i) => {
			const d = decisions.find((x) => x.id === i.decisionId);
			return {
				id: i.id,
				title: i.title,
				description: i.description,
				responsible: i.responsible,
				status: i.status,
				progress: i.progress,
				proposal: { id: i.proposalId, title: i.proposalTitle },
				decision: d
					? {
							id: d.id,
							body: d.body,
							caseNumber: d.caseNumber,
							minutesParagraph: d.minutesParagraph,
							decidedOn: d.decidedOn
						}
					: null,
				milestones: milestoneStates(i.milestones, today).map(({ id, title, dueOn, doneOn, state }) => ({
					id,
					title,
					dueOn,
					doneOn,
					state
				})),
				updates: i.updates.map((u) => ({
					id: u.id,
					text: u.text,
					status: u.status,
					progress: u.progress,
					at: u.createdAt
				}))
			};
		})
		.filter((i) => i.decision);
}
