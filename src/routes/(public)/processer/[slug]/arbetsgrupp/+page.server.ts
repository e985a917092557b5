import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { loadWorkingGroup } from '$lib/server/modules/cocreation';
import { publicProcess } from './load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, isMember } = await publicProcess(locals, params.slug);
	const group = await loadWorkingGroup(app().database.db, process, isMember ? 'member' : 'public');
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		group,
		isMember,
		canVote: isMember && can(locals.actor, 'proposal.dotVote', { phase: process.currentPhase }),
		signedIn: url.searchParams.get('inloggad') !== null
	};
};
