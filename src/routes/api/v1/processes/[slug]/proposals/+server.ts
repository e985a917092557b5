import { json } from '@sveltejs/kit';
import { proposalListSchema } from '$lib/schemas/cocreation-api';
import { API_HEADERS, apiError } from '$lib/server/api';
import { app } from '$lib/server/app';
import { loadPublicProposals } from '$lib/server/modules/cocreation';
import type { RequestHandler } from './$types';

/** The working group's proposals as the public sees them: themes, perspectives, priorities per role, commitments. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = await loadPublicProposals(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	if (!found.ok) return apiError(404, 'not_found', 'api.notFound', locals.locale);
	const { process, group } = found.value;
	const body = proposalListSchema.parse({
		dotsPerMember: group.dotsPerMember,
		members: group.members.length,
		proposals: group.proposals.map((p) => ({
			id: p.id,
			title: p.title,
			what: p.what,
			why: p.why,
			term: p.term,
			costNote: p.costNote,
			feasibilityNote: p.feasibilityNote,
			url: `/processer/${process.slug}/arbetsgrupp/forslag/${p.id}`,
			themes: p.themes,
			perspectives: p.perspectives,
			priority: {
				rank: p.result.rank,
				dots: p.result.dots,
				assessed: p.result.assessed,
				means: p.result.means,
				byRole: p.result.byRole.filter((r) => r.members > 0).map((r) => ({ ...r, withheld: r.dots === null }))
			},
			arguments: {
				for: p.arguments.filter((a) => a.side === 'for' && a.text !== null).length,
				against: p.arguments.filter((a) => a.side === 'against' && a.text !== null).length
			},
			commitments: p.commitments
		}))
	});
	return json(body, { headers: API_HEADERS });
};
