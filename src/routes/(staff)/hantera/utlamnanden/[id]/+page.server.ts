import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { addPassage, decideRequest, loadRequestPage, saveMasking } from '$lib/server/modules/disclosure';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['registered', 'masking', 'passage', 'decided'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const page = loaded(await loadRequestPage(app().ctx, locals.actor, params.id));
	const done = url.searchParams.get('klart');
	return { ...page, done: DONE.find((d) => d === done) ?? null };
};

/** Field errors with the form's prefix (the page holds several forms); a decided request says so. */
type Refusal = { code: string; fields?: { field: string; message: string }[] };

function refusedForm(error: Refusal, values: unknown, form: string, prefix = '') {
	if (error.code === 'invalid')
		return fail(400, {
			form,
			values,
			errors: (error.fields ?? []).map((f) => ({ ...f, field: `${prefix}${f.field}` }))
		});
	if (error.code === 'conflict')
		return fail(409, { form, values, errors: [{ field: 'decision', message: 'error.disclosure.decided' }] });
	return failFromUseCase(error, values);
}

export const actions: Actions = {
	mask: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await saveMasking(app().ctx, locals.actor, params.id, values);
		if (!result.ok) return refusedForm(result.error, values, 'mask');
		redirect(303, `/hantera/utlamnanden/${params.id}?klart=masking#records`);
	},
	passage: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await addPassage(app().ctx, locals.actor, params.id, values);
		if (!result.ok) return refusedForm(result.error, values, 'passage', 'passage-');
		redirect(303, `/hantera/utlamnanden/${params.id}?klart=passage#records`);
	},
	decide: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await decideRequest(app().ctx, locals.actor, params.id, values);
		if (!result.ok) return refusedForm(result.error, values, 'decide');
		redirect(303, `/hantera/utlamnanden/${params.id}?klart=decided`);
	}
};
