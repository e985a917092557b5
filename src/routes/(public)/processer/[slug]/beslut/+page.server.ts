import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { loadPublicDecisions } from '$lib/server/modules/decision';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	if (!process || !process.isPublished) error(404, { message: 'Not found', code: 'not_found' });
	const decisions = await loadPublicDecisions(db, process);
	// A proposal decided more than once is anchored (#proposal-<id>) at its newest decision; they come newest first.
	const seen = new Set<string>();
	const anchored = decisions.map((d) => ({
		...d,
		outcomes: d.outcomes.map((o) => ({ ...o, isAnchor: !seen.has(o.proposalId) && Boolean(seen.add(o.proposalId)) }))
	}));
	return {
		process: {
			slug: process.slug,
			title: process.title,
			whoDecides: process.influence.whoDecides,
			decisionWhen: process.influence.decisionWhen
		},
		decisions: anchored
	};
};
