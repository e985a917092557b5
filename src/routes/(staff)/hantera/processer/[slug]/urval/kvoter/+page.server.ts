import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { countByValue } from '$lib/domain/panel/draw';
import { quotaOf } from '$lib/domain/panel/panel';
import { app } from '$lib/server/app';
import { findCurrentDraw, listPool } from '$lib/server/modules/panel/queries/panels';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { assessFeasibility, loadPanelFor, setPanelQuotas } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const loaded = await loadPanelFor(app().ctx, locals.actor, params.slug, 'panel.view');
	if (!loaded.ok) {
		if (loaded.error.code === 'no_panel') redirect(303, `/hantera/processer/${params.slug}/urval`);
		error(loaded.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: loaded.error.code });
	}
	const { process, panel } = loaded.value;
	const db = app().database.db;
	const pool = await listPool(db, panel.id);
	const ageBand = process.population.ageBand;
	const ageTotal = ageBand ? Object.values(ageBand).reduce((s, n) => s + n, 0) : 0;
	return {
		process: { slug: process.slug, title: process.title, populationSource: process.population.source ?? null },
		panel: { name: panel.name, size: panel.size, features: panel.features },
		rows: panel.features.map((f) => ({
			feature: f,
			values: f.values.map((v) => ({
				...v,
				quota: quotaOf(panel.quotas, f.key, v.key, panel.size),
				volunteers: countByValue([f], pool)[f.key][v.key],
				populationShare: f.population === 'ageBand' && ageBand && ageTotal > 0 ? (ageBand[v.key] ?? 0) / ageTotal : null
			}))
		})),
		volunteers: pool.length,
		feasibility: await assessFeasibility(panel, pool),
		isDrawn: (await findCurrentDraw(db, panel.id))?.status === 'drawn',
		canManage: can(locals.actor, 'panel.manage'),
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
