import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { loadQuotasPage, setPanelQuotas } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const loaded = await loadQuotasPage(app().ctx, locals.actor, params.slug);
	if (!loaded.ok) {
		if (loaded.error.code === 'no_panel') redirect(303, `/hantera/processer/${params.slug}/urval`);
		error(loaded.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: loaded.error.code });
	}
	const { process, panel, rows, volunteers, feasibility, isDrawn, permissions } = loaded.value;
	return {
		process: { slug: process.slug, title: process.title, populationSource: process.population.source ?? null },
		panel: { name: panel.name, size: panel.size, features: panel.features },
		rows,
		volunteers,
		feasibility,
		isDrawn,
		canManage: permissions['panel.manage'],
		saved: url.searchParams.get('done') === 'saved'
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await setPanelQuotas(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			if (result.error.code === 'already_drawn')
				return fail(409, { values, errors: [{ field: 'quotas', message: 'error.panel.alreadyDrawn' }] });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/urval/kvoter?done=saved`);
	}
};
