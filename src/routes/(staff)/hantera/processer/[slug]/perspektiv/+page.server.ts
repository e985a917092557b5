import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { harvestPerspective, loadStaffPerspectives } from '$lib/server/modules/perspectives';
import { loadRoutingPanel, routePerspectives } from '$lib/server/modules/routing';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['theme', 'quote', 'hide', 'show', 'route', 'routeTheme'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, themes, filter, perspectives, counts, permissions } = loaded(
		await loadStaffPerspectives(app().ctx, locals.actor, params.slug, url.searchParams.get('tema') ?? '')
	);
	const routing = loaded(await loadRoutingPanel(app().ctx, locals.actor, params.slug));
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title },
		themes,
		filter,
		perspectives,
		counts,
		canHarvest: permissions['perspective.harvest'],
		canModerate: permissions['perspective.moderate'],
		receivers: routing.receivers,
		routed: routing.routed,
		canRoute: routing.permissions['perspective.route'],
		done: DONE.find((d) => d === done) ?? null,
		routedCount: Number(url.searchParams.get('antal') ?? 0) || 0
	};
};

const act = (command: Exclude<(typeof DONE)[number], 'route' | 'routeTheme'>) => {
	return async ({ request, locals, params, url }: Parameters<Actions[string]>[0]) => {
		const values: Record<string, unknown> = { ...formToObject(await request.formData()), command };
		const result = await harvestPerspective(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid')
				return fail(400, { perspectiveId: String(values.perspectiveId ?? ''), errors: result.error.fields, values });
			return failFromUseCase(result.error, values);
		}
		const tema = url.searchParams.get('tema');
		redirect(
			303,
			`/hantera/processer/${params.slug}/perspektiv?${tema ? `tema=${encodeURIComponent(tema)}&` : ''}done=${command}#p-${result.value.perspectiveId}`
		);
	};
};

/** Passes one perspective on to a receiver from the register (routing module). */
const routeOne: Actions[string] = async ({ request, locals, params, url }) => {
	const values = formToObject(await request.formData());
	const perspectiveId = String(values.perspectiveId ?? '');
	const result = await routePerspectives(app().ctx, locals.actor, params.slug, { perspectiveId }, values, url.origin);
	if (!result.ok) {
		if (result.error.code === 'invalid') return fail(400, { perspectiveId, errors: result.error.fields, values });
		return failFromUseCase(result.error, values);
	}
	const tema = url.searchParams.get('tema');
	redirect(
		303,
		`/hantera/processer/${params.slug}/perspektiv?${tema ? `tema=${encodeURIComponent(tema)}&` : ''}done=route#p-${perspectiveId}`
	);
};

/** Passes every visible perspective of the theme shown on to a receiver, in one mail. */
const routeWholeTheme: Actions[string] = async ({ request, locals, params, url }) => {
	const values = formToObject(await request.formData());
	const themeId = String(values.themeId ?? '');
	const result = await routePerspectives(app().ctx, locals.actor, params.slug, { themeId }, values, url.origin);
	if (!result.ok) {
		if (result.error.code === 'invalid')
			return fail(400, { perspectiveId: 'theme', errors: result.error.fields, values });
		return failFromUseCase(result.error, values);
	}
	redirect(
		303,
		`/hantera/processer/${params.slug}/perspektiv?tema=${encodeURIComponent(themeId)}&done=routeTheme&antal=${result.value.count}`
	);
};

export const actions: Actions = {
	theme: act('theme'),
	quote: act('quote'),
	hide: act('hide'),
	show: act('show'),
	route: routeOne,
	routeTheme: routeWholeTheme
};
