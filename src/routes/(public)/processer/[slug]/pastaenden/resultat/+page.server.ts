import { error } from '@sveltejs/kit';
import { BROAD_AGREEMENT_MIN_SHARE, MIN_VOTERS_FOR_NUMBERS } from '$lib/domain/statement/opinion-explain';
import { MIN_PARTICIPANTS_FOR_MAP } from '$lib/domain/statement/opinion-view';
import { app } from '$lib/server/app';
import { loadOpinionMap } from '$lib/server/modules/statements';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const result = await loadOpinionMap(app().ctx, locals.organisation.id, params.slug);
	if (!result.ok) error(404, { message: 'Not found', code: 'not_found' });
	const { process, view, texts, computedAt, isOpen } = result.value;
	return {
		process: { slug: process.slug, title: process.title, question: process.question },
		view,
		texts,
		computedAt,
		isOpen,
		minParticipants: MIN_PARTICIPANTS_FOR_MAP,
		minVoters: MIN_VOTERS_FOR_NUMBERS,
		broadMinPct: Math.round(BROAD_AGREEMENT_MIN_SHARE * 100)
	};
};
