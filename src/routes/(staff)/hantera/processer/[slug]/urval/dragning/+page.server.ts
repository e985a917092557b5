import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { startLotteryJob } from '$lib/server/jobs/panel-lottery';
import { drawPanel, loadDrawPage, requestLottery, supersedeDrawnPanel } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['computing', 'drawn', 'superseded'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const loaded = await loadDrawPage(app().ctx, locals.actor, params.slug);
	if (!loaded.ok) {
		if (loaded.error.code === 'no_panel') redirect(303, `/hantera/processer/${params.slug}/urval`);
		error(loaded.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: loaded.error.code });
	}
	const { permissions, ...page } = loaded.value;
	return {
		...page,
		canManage: permissions['panel.manage'],
		canContacts: permissions['panel.contacts'],
		done: DONE.find((d) => d === url.searchParams.get('done')) ?? null
	};
};

export const actions: Actions = {
	compute: async ({ locals, params }) => {
		const result = await requestLottery(app().ctx, locals.actor, params.slug);
		if (!result.ok) {
			if (result.error.code === 'infeasible')
				return fail(409, {
					errors: [
						{
							field: 'compute',
							message: 'error.panel.infeasible',
							href: `/hantera/processer/${params.slug}/urval/kvoter`
						}
					]
				});
			if (result.error.code === 'already_drawn')
				return fail(409, { errors: [{ field: 'compute', message: 'error.panel.alreadyDrawn' }] });
			return failFromUseCase(result.error, {});
		}
		void startLotteryJob(app().ctx, result.value.drawId);
		redirect(303, `/hantera/processer/${params.slug}/urval/dragning?done=computing`);
	},
	draw: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await drawPanel(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			if (result.error.code === 'stale')
				return fail(409, { values, errors: [{ field: 'compute', message: 'error.panel.stale' }] });
			if (result.error.code === 'not_ready' || result.error.code === 'already_drawn')
				return fail(409, { values, errors: [{ field: 'seed', message: 'error.panel.notReady' }] });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/urval/dragning?done=drawn`);
	},
	redraw: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await supersedeDrawnPanel(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/urval/dragning?done=superseded`);
	}
};
