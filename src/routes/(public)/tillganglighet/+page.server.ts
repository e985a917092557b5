import { error, fail, redirect } from '@sveltejs/kit';
import { normaliseReportCode } from '$lib/domain/accessibility/statement';
import { app } from '$lib/server/app';
import { formToObject, loaded } from '$lib/server/forms';
import { loadAccessibilityStatement, reportAccessibilityProblem } from '$lib/server/modules/accessibility';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) =>
	loaded(
		await loadAccessibilityStatement(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null, locale: locals.locale },
			normaliseReportCode(url.searchParams.get('kvitto') ?? '')
		)
	);

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		// Like every anonymous submission: too many from one address in a short time, keep what was typed.
		if (!app().limits.submissions.hit(getClientAddress()).allowed)
			return fail(429, { values, errors: [{ field: 'description', message: 'error.rateLimited.submission' }] });
		const result = await reportAccessibilityProblem(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation.id, language: locals.locale, publicUrl: url.origin },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields });
			error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/tillganglighet?kvitto=${result.value.code}#kvitto`);
	}
};
