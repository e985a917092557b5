import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadThemesPage, manageThemes } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['create', 'rename', 'merge'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, themes, suggestion, tooFew } = loaded(await loadThemesPage(app().ctx, locals.actor, params.slug));
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title },
		themes,
		suggestion,
		tooFew,
		done: DONE.find((d) => d === done) ?? null,
		count: Number(url.searchParams.get('antal') ?? 0) || 0
	};
};

const act = (command: (typeof DONE)[number]) => {
	return async ({ request, locals, params }: Parameters<Actions[string]>[0]) => {
		const values: Record<string, unknown> = { ...formToObject(await request.formData()), command };
		const result = await manageThemes(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { command, values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/teman?done=${command}&antal=${result.value.assigned}`);
	};
};

export const actions: Actions = { create: act('create'), rename: act('rename'), merge: act('merge') };
