import { error, fail, redirect } from '@sveltejs/kit';
import { isCollecting } from '$lib/domain/perspective/perspective';
import { app } from '$lib/server/app';
import { listThemes } from '$lib/server/modules/perspectives/queries/perspectives';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { formToObject } from '$lib/server/forms';
import { submitPerspective } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	if (!process || !process.isPublished) error(404, { message: 'Not found', code: 'not_found' });
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase,
			influence: process.influence,
			areas: process.areas
		},
		isOpen: isCollecting(process.currentPhase),
		themes: (await listThemes(db, process.id)).map((t) => ({ id: t.id, name: t.name }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		// Too many in a short time from one address: keep what was typed and say plainly when to try again.
		if (!app().limits.submissions.hit(getClientAddress()).allowed)
			return fail(429, { values, errors: [{ field: 'text', message: 'error.rateLimited.submission' }], closed: false });
		const result = await submitPerspective(
			app().ctx,
			{ organisationId: locals.organisation.id, slug: params.slug },
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
