import { json } from '@sveltejs/kit';
import { receiptSchema } from '$lib/schemas/decision-api';
import { apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadReceipt } from '$lib/server/modules/perspectives';
import { loadRoutingTrace } from '$lib/server/modules/routing';
import type { RequestHandler } from './$types';

/** The perspective behind a receipt and its whole trace. Never contact details or self-description. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const site = { organisationId: locals.organisation?.id ?? null };
	const found = await loadReceipt(app().ctx, site, params.receipt);
	if (!found.ok) return apiError(404, 'not_found', 'api.receiptNotFound', locals.locale);
	const routing = await loadRoutingTrace(app().ctx, site, params.receipt);
	const steps = routing.ok ? routing.value.steps : [];
	const { view, trace } = found.value;
	const p = view.perspective;
	const slug = view.process.slug;
	return json(
		receiptSchema.parse({
			receipt: p.receipt,
			text: p.status === 'visible' ? p.text : null,
			channel: p.channel,
			receivedAt: p.createdAt.toISOString(),
			status: p.status !== 'visible' ? p.status : view.theme ? 'in_theme' : 'received',
			hiddenReason: p.hiddenReason,
			theme: view.theme,
			process: {
				slug,
				title: view.process.title,
				question: view.process.question,
				currentPhase: view.process.currentPhase
			},
			willHearBack: view.hasContact,
			routing: steps.map((r) => ({
				...r,
				routedAt: r.routedAt.toISOString(),
				answer: r.answer ? { ...r.answer, at: r.answer.at.toISOString() } : null,
				closed: r.closed ? { ...r.closed, at: r.closed.at.toISOString() } : null
			})),
			trace: {
				reached: trace.reached,
				stopped: trace.stopped,
				report: trace.report
					? { publishedAt: trace.report.publishedAt.toISOString(), url: `/processer/${slug}/rapport` }
					: null,
				proposals: trace.proposals.map((x) => ({
					id: x.id,
					title: x.title,
					via: x.via,
					decision: x.decision
						? {
								id: x.decision.decisionId,
								body: x.decision.body,
								decidedOn: x.decision.decidedOn,
								caseNumber: x.decision.caseNumber,
								minutesParagraph: x.decision.minutesParagraph,
								outcome: x.decision.outcome,
								reasons: x.decision.reasons
							}
						: null,
					implementation: x.implementation
						? {
								id: x.implementation.id,
								title: x.implementation.title,
								status: x.implementation.status,
								progress: x.implementation.progress,
								latestUpdate: x.implementation.latestUpdate
									? { text: x.implementation.latestUpdate.text, at: x.implementation.latestUpdate.at.toISOString() }
									: null
							}
						: null
				}))
			}
		}),
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
