/**
 * @module The public opinion map in the statements API's shape.
 */
import type { z } from 'zod';
import type { Tally } from '../domain/statement/opinion-view';
import type { opinionMapSchema } from '../schemas/statements';
import type { PublicOpinionMap } from './modules/statements/take-part-in-statements';

const share = (t: Tally) => ({ agreePct: t.agreePct, disagreePct: t.disagreePct, passPct: t.passPct, votes: t.total });

export function toOpinionMapApi(map: PublicOpinionMap): z.infer<typeof opinionMapSchema> {
	const view = map.view;
	const text = (id: string) => map.texts[id] ?? '';
	if (!view)
		return {
			computedAt: null,
			participants: 0,
			votes: 0,
			enough: false,
			groups: [],
			consensus: { agree: [], disagree: [] },
			divisive: []
		};
	const byStatement = new Map(view.byStatement.map((s) => [s.statementId, s]));
	return {
		computedAt: map.computedAt?.toISOString() ?? null,
		participants: view.participants,
		votes: view.votes,
		enough: view.enough,
		groups: view.enough
			? view.groups.map((g) => ({
					id: g.label,
					size: g.size,
					representativeStatements: g.representative.map((r) => ({
						id: r.statementId,
						text: text(r.statementId),
						direction: r.direction,
						group: share(r.group),
						rest: share(r.rest)
					}))
				}))
			: [],
		consensus: {
			agree: view.consensus.agree.map((c) => ({ id: c.statementId, text: text(c.statementId), all: share(c.all) })),
			disagree: view.consensus.disagree.map((c) => ({
				id: c.statementId,
				text: text(c.statementId),
				all: share(c.all)
			}))
		},
		divisive: view.enough
			? view.divisive.map((d) => ({
					id: d.statementId,
					text: text(d.statementId),
					groups: Object.fromEntries(
						view.groups.map((g) => [
							g.label,
							share(
								byStatement.get(d.statementId)?.groups[g.id] ?? {
									agree: 0,
									disagree: 0,
									pass: 0,
									total: 0,
									agreePct: 0,
									disagreePct: 0,
									passPct: 0
								}
							)
						])
					)
				}))
			: []
	};
}
