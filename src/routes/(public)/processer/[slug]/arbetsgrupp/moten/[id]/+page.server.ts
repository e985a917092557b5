import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { loadWorkingGroup } from '$lib/server/modules/cocreation';
import { publicProcess } from '../../load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { process, isMember } = await publicProcess(locals, params.slug);
	// Members of this group and staff follow the harvest live; everyone else reads it once it is published.
	const follows = isMember || (locals.actor.kind === 'staff' && can(locals.actor, 'session.follow'));
	const group = await loadWorkingGroup(app().database.db, process, follows ? 'member' : 'public');
	const session = group.sessions.find((s) => s.id === params.id);
	if (!session) error(404, { message: 'Not found', code: 'not_found' });
	return {
		process: { slug: process.slug, title: process.title },
		session: { ...session, notes: session.notes.map(({ perspectives, ...n }) => ({ ...n, perspectives })) },
		follows,
		live: follows && !session.harvestPublishedAt
	};
};
