import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import {
	completeSubjectRequest,
	eraseForSubjectRequest,
	loadSubjectRequest,
	recordRectification
} from '$lib/server/modules/retention';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['registered', 'completed', 'erased', 'rectified'] as const;

/** One request: `?id=<request>`. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const view = loaded(await loadSubjectRequest(app().ctx, locals.actor, url.searchParams.get('id') ?? ''));
	const done = url.searchParams.get('klart');
	return { ...view, done: DONE.find((d) => d === done) ?? null };
};

const back = (id: string, done: (typeof DONE)[number]) =>
	redirect(303, `/hantera/registerutdrag/arende?id=${encodeURIComponent(id)}&klart=${done}`);

/** A request already done, or of another kind: the page says so (409). */
const answer = (e: { code: string }, values: Record<string, unknown>) =>
	e.code === 'closed' || e.code === 'wrong_kind'
		? fail(409, { values, errors: [{ field: 'request-heading', message: `error.subjectRequest.${e.code}` }] })
		: failFromUseCase(e, values);

export const actions: Actions = {
	erase: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const id = String(values.id ?? '');
		const result = await eraseForSubjectRequest(app().ctx, locals.actor, id, values);
		if (!result.ok) return answer(result.error, values);
		back(id, 'erased');
	},
	rectify: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const id = String(values.id ?? '');
		const result = await recordRectification(app().ctx, locals.actor, id, values);
		if (!result.ok) return answer(result.error, values);
		back(id, 'rectified');
	},
	complete: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const id = String(values.id ?? '');
		const result = await completeSubjectRequest(app().ctx, locals.actor, id);
		if (!result.ok) return answer(result.error, values);
		back(id, 'completed');
	}
};
