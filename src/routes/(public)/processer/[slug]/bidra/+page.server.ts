import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { formToObject, loaded } from '$lib/server/forms';
import { loadContributePage, submitPerspective } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	loaded(
		await loadContributePage(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	);

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress, url }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		// Too many in a short time from one address: keep what was typed and say plainly when to try again.
		if (!app().limits.submissions.hit(getClientAddress()).allowed)
			return fail(429, { values, errors: [{ field: 'text', message: 'error.rateLimited.submission' }], closed: false });
		const result = await submitPerspective(
			app().ctx,
			{ organisationId: locals.organisation.id, slug: params.slug, language: locals.locale, publicUrl: url.origin },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, closed: false });
			if (result.error.code === 'phase_closed') return fail(409, { values, errors: [], closed: true });
			error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/kvitto/${result.value.receipt}?ny=1`);
	}
};
