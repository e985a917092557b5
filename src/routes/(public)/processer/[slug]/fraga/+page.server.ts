import { randomBytes } from 'node:crypto';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { chooseQuestion, loadQuestionPage, proposeQuestion } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';

/** An anonymous, random cookie lets one browser choose once per round (and change its mind). Only its hash is stored. */
const VOTER_COOKIE = 'medskapa_fraga';

function voterToken(cookies: Cookies, secure: boolean): string {
	const existing = cookies.get(VOTER_COOKIE);
	if (existing && /^[a-f0-9]{32}$/.test(existing)) return existing;
	const token = randomBytes(16).toString('hex');
	cookies.set(VOTER_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 365 * 24 * 3600 });
	return token;
}

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => ({
	...loaded(
		await loadQuestionPage(
			app().ctx,
			locals.actor,
			{ organisationId: locals.organisation?.id ?? null },
			params.slug,
			cookies.get(VOTER_COOKIE)
		)
	),
	done: url.searchParams.get('klart')
});

export const actions: Actions = {
	propose: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await proposeQuestion(
			app().ctx,
			{ organisationId: locals.organisation?.id ?? '', slug: params.slug },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, target: 'propose' });
			if (result.error.code === 'closed') return fail(409, { values, errors: [], target: 'propose', closed: true });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/processer/${params.slug}/fraga?klart=proposed#formulation-${result.value.id}`);
	},
	choose: async ({ request, locals, params, cookies, url }) => {
		const values = formToObject(await request.formData());
		const voter = voterToken(cookies, url.protocol === 'https:');
		const result = await chooseQuestion(
			app().ctx,
			{ organisationId: locals.organisation?.id ?? '', slug: params.slug, voterToken: voter },
			values.formulationId
		);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, target: 'choose' });
			if (result.error.code === 'closed') return fail(409, { values, errors: [], target: 'choose', closed: true });
			return failFromUseCase(result.error, values);
		}
		redirect(
			303,
			`/processer/${params.slug}/fraga?klart=${result.value.changed ? 'changed' : 'chosen'}#formulation-${result.value.id}`
		);
	}
};
