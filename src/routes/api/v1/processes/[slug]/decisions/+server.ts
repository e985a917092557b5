import { json } from '@sveltejs/kit';
import { decisionListSchema } from '$lib/schemas/decision-api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadDecisionsPage } from '$lib/server/modules/decision';
import type { RequestHandler } from './$types';

/** Published decisions with the outcome and reasons per proposal and the perspectives behind each. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = await loadDecisionsPage(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	if (!found.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const { process, decisions } = found.value;
	const body = decisionListSchema.parse({
		decisions: decisions.map((d) => ({
			id: d.id,
			body: d.body,
			bodyKind: d.bodyKind,
			decidedOn: d.decidedOn,
			caseNumber: d.caseNumber,
			minutesParagraph: d.minutesParagraph,
			summary: d.summary,
			publishedAt: d.publishedAt.toISOString(),
			url: `/processer/${process.slug}/beslut#decision-${d.id}`,
			outcomes: d.outcomes.map((o) => ({
				proposal: {
					id: o.proposalId,
					title: o.title,
					url: `/processer/${process.slug}/arbetsgrupp/forslag/${o.proposalId}`
				},
				outcome: o.outcome,
				reasons: o.reasons,
				themes: o.themes,
				perspectives: o.perspectives.map((p) => ({ ...p, url: `/processer/${process.slug}/perspektiv/${p.id}` })),
				implementationItemId: o.implementation?.id ?? null
			}))
		}))
	});
	return json(body, { headers: API_HEADERS });
};
