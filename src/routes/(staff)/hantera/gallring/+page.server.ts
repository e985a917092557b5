import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { cancelDisposal, confirmDisposal, loadDisposalPage, prepareDisposal } from '$lib/server/modules/retention';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['prepared', 'confirmed', 'cancelled'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = loaded(await loadDisposalPage(app().ctx, locals.actor));
	const done = url.searchParams.get('klart');
	return { ...page, done: DONE.find((d) => d === done) ?? null };
};

/** A preview closed meanwhile, or a plan changed since: the page says so (409), nothing is disposed. */
const closedOr = (e: { code: string }, values: Record<string, unknown>) =>
	e.code === 'closed' || e.code === 'plan_changed'
		? fail(409, { values, errors: [{ field: 'preview-heading', message: `error.disposal.${e.code}` }] })
		: failFromUseCase(e, values);

export const actions: Actions = {
	preview: async ({ locals }) => {
		const result = await prepareDisposal(app().ctx, locals.actor);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, '/hantera/gallring?klart=prepared');
	},
	confirm: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await confirmDisposal(app().ctx, locals.actor, String(values.run ?? ''));
		if (!result.ok) return closedOr(result.error, values);
		redirect(303, '/hantera/gallring?klart=confirmed');
	},
	cancel: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await cancelDisposal(app().ctx, locals.actor, String(values.run ?? ''));
		if (!result.ok) return closedOr(result.error, values);
		redirect(303, '/hantera/gallring?klart=cancelled');
	}
};
