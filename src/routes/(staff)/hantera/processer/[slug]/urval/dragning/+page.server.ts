import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { groupChances, inputsFingerprint } from '$lib/domain/panel/draw';
import { app } from '$lib/server/app';
import { listDraws, listPool } from '$lib/server/modules/panel/queries/panels';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { resumeLottery, startLotteryJob } from '$lib/server/jobs/panel-lottery';
import { drawPanel, requestLottery, supersedeDrawnPanel } from '$lib/server/modules/panel/draw-panel';
import { loadPanelFor } from '$lib/server/modules/panel/manage-panel';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['computing', 'drawn', 'superseded'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const loaded = await loadPanelFor(app().ctx, locals.actor, params.slug, 'panel.view');
	if (!loaded.ok) {
		if (loaded.error.code === 'no_panel') redirect(303, `/hantera/processer/${params.slug}/urval`);
		error(loaded.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: loaded.error.code });
	}
	const { process, panel } = loaded.value;
	const db = app().database.db;
	const draws = await listDraws(db, panel.id);
	const current = draws.find((d) => d.supersededAt === null) ?? null;
	if (current?.status === 'computing') resumeLottery(app().ctx, current.id);
	const pool = await listPool(db, panel.id);
	const currentFingerprint = inputsFingerprint({
		features: panel.features,
		quotas: panel.quotas,
		k: panel.size,
		householdCheck: panel.householdCheck,
		pool
	});
	const lottery = current?.lottery ?? null;
	return {
		process: { slug: process.slug, title: process.title },
		panel: { name: panel.name, size: panel.size, reserves: panel.reserves, features: panel.features },
		volunteers: pool.length,
		current: current && {
			id: current.id,
			status: current.status,
			requestedAt: current.requestedAt,
			computedAt: current.computedAt,
			timeLimitSeconds: Math.round(current.timeLimitMs / 1000),
			failure: current.failure,
			isStale: current.status !== 'drawn' && current.inputsSha256 !== currentFingerprint,
			volunteers: current.inputs.pool.length,
			stats: lottery?.stats ?? null,
			isOptimal: lottery?.isOptimal ?? null,
			panels: lottery?.lottery.length ?? 0,
			neverSelectable: lottery?.neverSelectable.length ?? 0,
			chances: lottery ? groupChances(current.inputs.features, current.inputs.pool, lottery.probabilities) : [],
			seed: current.seed,
			drawnAt: current.drawnAt,
			selected: current.outcome?.selected ?? [],
			reserves: current.outcome?.reserves ?? []
		},
		history: draws
			.filter((d) => d.supersededAt !== null)
			.map((d) => ({
				id: d.id,
				status: d.status,
				requestedAt: d.requestedAt,
				seed: d.seed,
				supersededAt: d.supersededAt,
				reason: d.supersededReason
			})),
		canManage: can(locals.actor, 'panel.manage'),
		canContacts: can(locals.actor, 'panel.contacts'),
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
