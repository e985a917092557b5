import { error, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadSubscription, setSubscription } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

/**
 * Stopping messages: the link in every message opens this page, and one press of its button stops them.
 * A plain GET changes nothing, because mail scanners open links in messages before the person does.
 */
export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const state = loaded(
		await loadSubscription(app().ctx, { organisationId: locals.organisation?.id ?? null }, params.code)
	);
	return { ...state, done: url.searchParams.get('klart') };
};

async function change(params: { code: string }, organisationId: string | undefined, subscribed: boolean) {
	if (!organisationId) error(404, { message: 'Not found', code: 'not_found' });
	const result = await setSubscription(app().ctx, organisationId, params.code, subscribed);
	if (!result.ok && result.error.code === 'not_found') error(404, { message: 'Not found', code: 'not_found' });
	redirect(303, `/kvitto/${normaliseReceipt(params.code)}/avregistrera?klart=${subscribed ? 'startat' : 'avslutat'}`);
}

export const actions: Actions = {
	stop: async ({ params, locals }) => change(params, locals.organisation?.id, false),
	start: async ({ params, locals }) => change(params, locals.organisation?.id, true)
};
