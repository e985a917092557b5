import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { harvestPerspective, loadStaffPerspectives } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['theme', 'quote', 'hide', 'show'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, themes, filter, perspectives, counts, permissions } = loaded(
		await loadStaffPerspectives(app().ctx, locals.actor, params.slug, url.searchParams.get('tema') ?? '')
	);
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title },
		themes,
		filter,
		perspectives,
		counts,
		canHarvest: permissions['perspective.harvest'],
		canModerate: permissions['perspective.moderate'],
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
