import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { findCurrentDraw, findPanel } from '$lib/server/modules/panel/queries/panels';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { formToObject } from '$lib/server/forms';
import { signUpVolunteer } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const db = app().database.db;
	const process = locals.organisation ? await findProcessBySlug(db, locals.organisation.id, params.slug) : null;
	const panel = process?.isPublished ? await findPanel(db, process.id) : null;
	if (!process || !panel) error(404, { message: 'Not found', code: 'not_found' });
	const isOpen = panel.isRecruiting && (await findCurrentDraw(db, panel.id))?.status !== 'drawn';
	return {
		process: { slug: process.slug, title: process.title, question: process.question, influence: process.influence },
		panel: {
			name: panel.name,
			size: panel.size,
			householdCheck: panel.householdCheck,
			features: panel.features.map(({ key, label, why, values }) => ({ key, label, why, values }))
		},
		isOpen
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const result = await signUpVolunteer(
			app().ctx,
			{ organisationId: locals.organisation.id, slug: params.slug },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, closed: false });
			if (result.error.code === 'closed') return fail(409, { values, errors: [], closed: true });
			error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/processer/${params.slug}/anmal/tack`);
	}
};
