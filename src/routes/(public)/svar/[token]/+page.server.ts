import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { formToObject } from '$lib/server/forms';
import { answerRouting, forwardRouting, loadAnswerPage } from '$lib/server/modules/routing';
import type { Actions, PageServerLoad } from './$types';

/** The receiver's private answer page: the link is the key, so keep it out of caches, referrers and indexes. */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
	const page = await loadAnswerPage(app().ctx, { organisationId: locals.organisation?.id ?? null }, params.token);
	// Unknown, expired and used links get the same page.
	return page.ok ? { gone: false as const, page: page.value } : { gone: true as const };
};

const act = (kind: 'answer' | 'forward') => {
	return async ({ request, params, locals, url }: Parameters<Actions[string]>[0]) => {
		const values = formToObject(await request.formData());
		const site = { organisationId: locals.organisation?.id ?? null };
		const use = kind === 'answer' ? answerRouting : forwardRouting;
		const result = await use(app().ctx, site, params.token, values, url.origin);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { form: kind, values, errors: result.error.fields });
			redirect(303, `/svar/${params.token}`);
		}
		redirect(303, `/svar/klart?${kind === 'answer' ? 'svar' : 'vidare'}=1`);
	};
};

export const actions: Actions = { answer: act('answer'), forward: act('forward') };
