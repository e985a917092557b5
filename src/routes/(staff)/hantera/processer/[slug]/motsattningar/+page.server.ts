import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listPerspectivesForStaff } from '$lib/server/modules/perspectives/queries/perspectives';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { loadReportMaterial } from '$lib/server/modules/perspectives/queries/reports';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { linkTension } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'perspective.harvest') || !locals.organisation) deny('perspective.harvest');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const perspectives = (await listPerspectivesForStaff(db, process.id)).filter((p) => p.status === 'visible');
	const text = new Map(perspectives.map((p) => [p.id, p.text]));
	const { tensions } = await loadReportMaterial(db, process.id);
	return {
		process: { slug: process.slug, title: process.title },
		options: perspectives.map((p) => ({
			id: p.id,
			label: `${p.themeName ? `${p.themeName}: ` : ''}${excerpt(p.text)}`
		})),
		tensions: tensions.map((t) => ({ ...t, sideA: text.get(t.sideAId) ?? '', sideB: text.get(t.sideBId) ?? '' })),
		done: url.searchParams.get('done') === 'linked'
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await linkTension(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/motsattningar?done=linked`);
	}
};
