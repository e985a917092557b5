import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { compileReach } from '$lib/domain/perspective/report';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { loadReportMaterial } from '$lib/server/modules/perspectives/queries/reports';
import { failFromUseCase } from '$lib/server/forms';
import { importPopulation } from '$lib/server/modules/perspectives';
import { formatSize, readUploadForm } from '$lib/server/security/uploads';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'perspective.read') || !locals.organisation) deny('perspective.read');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	// The same aggregation as the report, live: only counts leave this function, never a person's answers.
	const { perspectives, profiles } = await loadReportMaterial(db, process.id);
	const live = compileReach({ perspectives, profiles, population: process.population });
	return {
		process: { slug: process.slug, title: process.title },
		reach: live.reach,
		channels: live.channels,
		hasPopulation: Boolean(process.population.ageBand),
		canImport: can(locals.actor, 'process.revise'),
		uploadLimit: formatSize(app().config.uploadMaxBytes),
		imported: url.searchParams.get('done') === 'imported'
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const read = await readUploadForm(request, app().config.uploadMaxBytes);
		if (!read.ok) return fail(413, { errors: [read.error] });
		const result = await importPopulation(
			app().ctx,
			locals.actor,
			params.slug,
			read.upload,
			app().config.uploadMaxBytes
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { errors: result.error.fields });
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}/representation?done=imported`);
	}
};
