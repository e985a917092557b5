import { error, fail, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { findOrganisationById } from '$lib/server/modules/identity/queries/organisations';
import { findByReceipt } from '$lib/server/modules/perspectives/queries/perspectives';
import { formToObject } from '$lib/server/forms';
import { maskRecipient } from '$lib/server/modules/notifications/queries/outbox';
import { subscriptionState, traceByReceipt } from '$lib/server/modules/perspectives';
import { eraseOwnPersonalData, exportOwnData, withdrawOwnPerspective } from '$lib/server/modules/records';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['raderat', 'tillbakadraget'] as const;

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	// The code is the key to this page: keep it out of caches and referrers.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
	const code = normaliseReceipt(params.code);
	const view = code ? await findByReceipt(app().database.db, code) : null;
	if (!view || !locals.organisation || view.process.organisationId !== locals.organisation.id)
		error(404, { message: 'Not found', code: 'not_found' });
	const { organisationId: _o, ...process } = view.process;
	const own = await exportOwnData(app().ctx, locals.organisation.id, view.perspective.receipt);
	const organisation = await findOrganisationById(app().database.db, locals.organisation.id);
	const [trace, subscription] = await Promise.all([
		traceByReceipt(app().database.db, locals.organisation.id, view.perspective.receipt),
		subscriptionState(app().database.db, locals.organisation.id, view.perspective.receipt)
	]);
	const done = url.searchParams.get('klart');
	return {
		...view,
		process,
		isNew: url.searchParams.get('ny') === '1',
		pageUrl: `${url.origin}/kvitto/${view.perspective.receipt}`,
		// Shown masked: the page may be open on a shared screen; the download has everything.
		personal: own.ok
			? {
					contact: own.value.contact
						? {
								email: own.value.contact.email && maskRecipient(own.value.contact.email),
								phone: own.value.contact.phone && maskRecipient(own.value.contact.phone)
							}
						: null,
					profile: own.value.profile
				}
			: { contact: null, profile: null },
		recordsPolicy: organisation?.recordsPolicy ?? 'keep',
		trace,
		subscription,
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
