/** Loads what the public panel page and its verification file show: aggregates and pseudonymous codes only. */
import { error } from '@sveltejs/kit';
import { can, type Actor } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findPanel, listDraws } from '$lib/server/modules/panel/queries/panels';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';

export async function loadPublicPanel(locals: { actor: Actor; organisation: { id: string } | null }, slug: string) {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, slug) : null;
	// Drafts are previews for staff only, as on the process page.
	if (!process || (!process.isPublished && !can(locals.actor, 'staff.view')))
		error(404, { message: 'Not found', code: 'not_found' });
	const panel = await findPanel(db, process.id);
	if (!panel) error(404, { message: 'Not found', code: 'not_found' });
	const draws = await listDraws(db, panel.id);
	const drawn = draws.find((d) => d.supersededAt === null && d.status === 'drawn') ?? null;
	const superseded = draws.filter((d) => d.status === 'drawn' && d.supersededAt !== null);
	return { process, panel, drawn, superseded };
}
