import { error } from '@sveltejs/kit';
import { redactPersonalData } from '$lib/analysis/text-harvest';
import { app } from '$lib/server/app';
import { listPerspectiveTexts } from '$lib/server/modules/cocreation/queries/cocreation';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { traceOfPerspective } from '$lib/server/modules/perspectives';
import type { PageServerLoad } from './$types';

/** One visible perspective (personal data redacted, never who wrote it) and where it has gone. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	if (!process || !process.isPublished) error(404, { message: 'Not found', code: 'not_found' });
	const trace = await traceOfPerspective(db, process.id, params.id);
	const text = trace ? (await listPerspectiveTexts(db, process.id, [params.id]))[0]?.text : null;
	if (!trace || !text) error(404, { message: 'Not found', code: 'not_found' });
	return { process: { slug: process.slug, title: process.title }, text: redactPersonalData(text), trace };
};
