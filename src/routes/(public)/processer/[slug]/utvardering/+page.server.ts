import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { EVALUATION_COOKIE, evaluationToken } from '$lib/server/auth/evaluation-token';
import { formToObject } from '$lib/server/forms';
import { answerEvaluation, loadEvaluationPage } from '$lib/server/modules/learning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
	const result = await loadEvaluationPage(
		app().ctx,
		locals.actor,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug,
		cookies.get(EVALUATION_COOKIE)
	);
	if (!result.ok) error(404, { message: 'Not found', code: 'not_found' });
	return { ...result.value, thanks: url.searchParams.get('tack') === '1' };
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url, getClientAddress }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		// Too many in a short time from one address: keep what was typed and say when to try again.
		if (!app().limits.submissions.hit(getClientAddress()).allowed)
			return fail(429, { values, errors: [{ field: 'comment', message: 'error.rateLimited.submission' }] });
		const token = evaluationToken(cookies, url.protocol === 'https:');
		const result = await answerEvaluation(
			app().ctx,
			{ organisationId: locals.organisation.id, slug: params.slug, token },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			if (result.error.code === 'closed') return fail(409, { values, errors: [], closed: true });
			if (result.error.code !== 'already_answered') error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/processer/${params.slug}/utvardering?tack=1`);
	}
};
