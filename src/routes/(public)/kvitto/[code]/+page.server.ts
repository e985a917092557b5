import { error, fail, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { formToObject, loaded } from '$lib/server/forms';
import { eraseOwnPersonalData, loadReceiptPage, withdrawOwnPerspective } from '$lib/server/modules/records';
import { loadRoutingTrace } from '$lib/server/modules/routing';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['raderat', 'tillbakadraget'] as const;

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	// The code is the key to this page: keep it out of caches and referrers.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
	const site = { organisationId: locals.organisation?.id ?? null };
	const page = loaded(await loadReceiptPage(app().ctx, site, params.code));
	const routing = loaded(await loadRoutingTrace(app().ctx, site, params.code));
	const done = url.searchParams.get('klart');
	return {
		...page,
		routing: routing.steps,
		isNew: url.searchParams.get('ny') === '1',
		pageUrl: `${url.origin}/kvitto/${page.perspective.receipt}`,
		done: DONE.find((d) => d === done) ?? null
	};
};

export const actions: Actions = {
	erase: async ({ request, params, locals }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const result = await eraseOwnPersonalData(app().ctx, locals.organisation.id, params.code, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { errors: result.error.fields });
			error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/kvitto/${normaliseReceipt(params.code)}?klart=raderat`);
	},
	withdraw: async ({ request, params, locals }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const result = await withdrawOwnPerspective(app().ctx, locals.organisation.id, params.code, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { errors: result.error.fields });
			if (result.error.code !== 'already_withdrawn') error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/kvitto/${normaliseReceipt(params.code)}?klart=tillbakadraget`);
	}
};
