import { fail, redirect } from '@sveltejs/kit';
import { FEATURE_TEMPLATE_KEYS } from '$lib/domain/panel/panel';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { importVolunteers, loadPanelOverview, createPanel, setPanelRecruiting } from '$lib/server/modules/panel';
import { formatSize, readUploadForm } from '$lib/server/security/uploads';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'opened', 'closed'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, panel, volunteers, counts, drawStatus, retention, permissions } = loaded(
		await loadPanelOverview(app().ctx, locals.actor, params.slug)
	);
	return {
		process: {
			slug: process.slug,
			title: process.title,
			areas: process.areas,
			isPublished: process.isPublished,
			hasPopulation: Boolean(process.population.ageBand)
		},
		panel,
		templates: FEATURE_TEMPLATE_KEYS,
		volunteers,
		counts,
		drawStatus,
		retention,
		canManage: permissions['panel.manage'],
		uploadLimit: formatSize(app().config.uploadMaxBytes),
		canContacts: permissions['panel.contacts'],
		done: DONE.find((d) => d === url.searchParams.get('done')) ?? null,
		imported: Number(url.searchParams.get('imported') ?? '') || null
	};
};

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await createPanel(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { action: 'create', values, errors: result.error.fields });
			if (result.error.code !== 'exists') return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/urval?done=created`);
	},
	recruiting: async ({ request, locals, params }) => {
		const open = (await request.formData()).get('open') === 'yes';
		const result = await setPanelRecruiting(app().ctx, locals.actor, params.slug, open);
		if (!result.ok) {
			if (result.error.code === 'already_drawn')
				return fail(409, {
					action: 'recruiting',
					errors: [{ field: 'recruiting', message: 'error.panel.alreadyDrawn' }]
				});
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}/urval?done=${open ? 'opened' : 'closed'}`);
	},
	import: async ({ request, locals, params }) => {
		const read = await readUploadForm(request, app().config.uploadMaxBytes);
		if (!read.ok) return fail(413, { action: 'import', errors: [read.error] });
		const result = await importVolunteers(
			app().ctx,
			locals.actor,
			params.slug,
			read.upload,
			app().config.uploadMaxBytes
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { action: 'import', errors: result.error.fields });
			if (result.error.code === 'rows')
				return fail(400, {
					action: 'import',
					errors: [{ field: 'import-errors', message: 'error.panel.import.rows' }],
					rowErrors: result.error.errors
				});
			if (result.error.code === 'already_drawn')
				return fail(409, { action: 'import', errors: [{ field: 'file', message: 'error.panel.alreadyDrawn' }] });
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}/urval?imported=${result.value.added}`);
	}
};
