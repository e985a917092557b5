import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import type { UseCaseError } from '$lib/server/modules/context';
import {
	loadStaffSession,
	addHarvestNote,
	hideHarvestNote,
	publishHarvest,
	reviseAgenda
} from '$lib/server/modules/cocreation';
import type { Result } from '$lib/kernel/result';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { permissions, ...page } = loaded(await loadStaffSession(app().ctx, locals.actor, params.slug, params.id));
	return {
		...page,
		canPlan: permissions['session.plan'],
		canNote: permissions['session.note'],
		canPublish: permissions['harvest.publish'],
		done: url.searchParams.get('klart')
	};
};

async function run(
	form: string,
	values: Record<string, unknown>,
	result: Result<unknown, UseCaseError | { code: string }>,
	to: string
) {
	if (!result.ok) {
		if (result.error.code === 'invalid')
			return fail(400, { form, values, errors: (result.error as Extract<UseCaseError, { code: 'invalid' }>).fields });
		if (result.error.code === 'published')
			return fail(409, { form, values, errors: [{ field: 'text', message: 'error.note.published' }] });
		return failFromUseCase(result.error, values);
	}
	redirect(303, to);
}

export const actions: Actions = {
	agenda: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'agenda',
			values,
			await reviseAgenda(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=dagordning`
		);
	},
	note: async ({ request, locals, params }) => {
		const values = await readForm(request, ['themeIds', 'perspectiveIds']);
		return run(
			'note',
			values,
			await addHarvestNote(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=anteckning#note-form`
		);
	},
	hide: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'hide',
			values,
			await hideHarvestNote(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=dold`
		);
	},
	publish: async ({ locals, params }) =>
		run('publish', {}, await publishHarvest(app().ctx, locals.actor, params.slug, params.id), `?klart=publicerad`)
};
