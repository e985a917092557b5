import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { loadPublicImplementation } from '$lib/server/modules/decision';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	if (!process || !process.isPublished) error(404, { message: 'Not found', code: 'not_found' });
	const items = await loadPublicImplementation(db, process, app().ctx.now().toISOString().slice(0, 10));
	return { process: { slug: process.slug, title: process.title }, items };
};
