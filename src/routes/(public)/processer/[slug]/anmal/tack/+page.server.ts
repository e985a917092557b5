import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findPanel } from '$lib/server/modules/panel/queries/panels';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	const panel = process?.isPublished ? await findPanel(db, process.id) : null;
	if (!process || !panel) error(404, { message: 'Not found', code: 'not_found' });
	return { process: { slug: process.slug, title: process.title }, panel: { name: panel.name, size: panel.size } };
};
