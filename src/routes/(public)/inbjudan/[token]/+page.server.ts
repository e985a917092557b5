import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { answerInvitation, findInvitation } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const found = locals.organisation ? await findInvitation(app().ctx, locals.organisation.id, params.token) : null;
	if (!found?.ok) error(404, { message: 'Not found', code: 'not_found' });
	return { invitation: found.value, answered: url.searchParams.get('svar') === '1' };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const answer = (await request.formData()).get('answer');
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const result = await answerInvitation(app().ctx, locals.organisation.id, params.token, answer);
		if (!result.ok) {
			if (result.error.code === 'not_found') error(404, { message: 'Not found', code: 'not_found' });
			if (result.error.code === 'invalid') return fail(400, { errors: result.error.fields });
			// Already answered or the draw was set aside: the page says so.
		}
		redirect(303, `/inbjudan/${params.token}?svar=1`);
	}
};
