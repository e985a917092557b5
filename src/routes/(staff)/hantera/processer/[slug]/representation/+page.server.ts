import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { importPopulation, loadRepresentation } from '$lib/server/modules/perspectives';
import { formatSize, readUploadForm } from '$lib/server/security/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// The same aggregation as the report, live: only counts leave the use case, never a person's answers.
	const { process, reach, channels, hasPopulation, permissions } = loaded(
		await loadRepresentation(app().ctx, locals.actor, params.slug)
	);
	return {
		process: { slug: process.slug, title: process.title },
		reach,
		channels,
		hasPopulation,
		canImport: permissions['process.revise'],
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
