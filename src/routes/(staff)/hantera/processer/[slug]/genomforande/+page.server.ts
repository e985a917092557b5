import { fail, redirect } from '@sveltejs/kit';
import type { Result } from '$lib/kernel/result';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { failFromUseCase, loaded } from '$lib/server/forms';
import type { UseCaseError } from '$lib/server/modules/context';
import {
	addMilestone,
	loadStaffImplementation,
	markMilestone,
	moveMilestone,
	postImplementationUpdate,
	reviseImplementationItem
} from '$lib/server/modules/decision';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['lage', 'andrat', 'delmal', 'natt', 'flyttat'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { permissions, ...page } = loaded(await loadStaffImplementation(app().ctx, locals.actor, params.slug));
	return {
		...page,
		canManage: permissions['implementation.manage'],
		done: DONE.find((d) => d === url.searchParams.get('klart')) ?? null
	};
};

async function run(
	form: string,
	itemId: string,
	values: Record<string, unknown>,
	result: Result<unknown, UseCaseError>,
	done: string
) {
	if (!result.ok) {
		if (result.error.code === 'invalid') return fail(400, { form, itemId, values, errors: result.error.fields });
		return failFromUseCase(result.error, values);
	}
	redirect(303, `?klart=${done}#item-${itemId}`);
}

const itemIdOf = (values: Record<string, unknown>) => (typeof values.itemId === 'string' ? values.itemId : '');

export const actions: Actions = {
	update: async ({ request, locals, params, url }) => {
		const values = await readForm(request);
		const id = itemIdOf(values);
		return run(
			'update',
			id,
			values,
			await postImplementationUpdate(app().ctx, locals.actor, params.slug, id, values, url.origin),
			'lage'
		);
	},
	revise: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const id = itemIdOf(values);
		return run(
			'revise',
			id,
			values,
			await reviseImplementationItem(app().ctx, locals.actor, params.slug, id, values),
			'andrat'
		);
	},
	milestone: async ({ request, locals, params }) => {
		const values = await readForm(request);
		const id = itemIdOf(values);
		return run('milestone', id, values, await addMilestone(app().ctx, locals.actor, params.slug, id, values), 'delmal');
	},
	reach: async ({ request, locals, params, url }) => {
		const values = await readForm(request);
		const id = itemIdOf(values);
		return run(
			'reach',
			id,
			values,
			await markMilestone(
				app().ctx,
				locals.actor,
				params.slug,
				id,
				values.milestoneId,
				values.done !== 'false',
				url.origin
			),
			'natt'
		);
	},
	move: async ({ request, locals, params, url }) => {
		const values = await readForm(request);
		const id = itemIdOf(values);
		return run(
			'move',
			id,
			values,
			await moveMilestone(app().ctx, locals.actor, params.slug, id, values.milestoneId, values, url.origin),
			'flyttat'
		);
	}
};
