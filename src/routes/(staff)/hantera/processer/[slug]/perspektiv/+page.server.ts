import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import {
	countPerspectives,
	listPerspectivesForStaff,
	listThemes
} from '$lib/server/modules/perspectives/queries/perspectives';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { harvestPerspective } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

const DONE = ['theme', 'quote', 'hide', 'show'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'perspective.read') || !locals.organisation) deny('perspective.read');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const themes = await listThemes(db, process.id);
	const requested = url.searchParams.get('tema') ?? '';
	const filter = requested === 'none' ? 'none' : themes.some((t) => t.id === requested) ? requested : undefined;
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title },
		themes: themes.map((t) => ({ id: t.id, name: t.name })),
		filter: filter ?? '',
		perspectives: await listPerspectivesForStaff(db, process.id, filter),
		counts: await countPerspectives(db, process.id),
		canHarvest: can(locals.actor, 'perspective.harvest'),
		canModerate: can(locals.actor, 'perspective.moderate'),
		done: DONE.find((d) => d === done) ?? null
	};
};

const act = (command: (typeof DONE)[number]) => {
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

export const actions: Actions = { theme: act('theme'), quote: act('quote'), hide: act('hide'), show: act('show') };
