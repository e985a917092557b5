import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';

/** The process behind a public working-group page: published (or a staff preview), else 404. */
export async function publicProcess(locals: App.Locals, slug: string) {
	const process = locals.organisation ? await findProcessBySlug(app().database.db, locals.organisation.id, slug) : null;
	if (!process || (!process.isPublished && !can(locals.actor, 'staff.view')))
		error(404, { message: 'Not found', code: 'not_found' });
	const isMember = locals.actor.kind === 'member' && locals.actor.processId === process.id;
	return { process, isMember };
}
