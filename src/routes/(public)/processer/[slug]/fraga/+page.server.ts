import { randomBytes } from 'node:crypto';
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { openRound, takesProposals } from '$lib/domain/plan/question';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { chooseQuestion, currentChoice, loadRounds, proposeQuestion } from '$lib/server/modules/planning';
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

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
	const process = locals.organisation
		? await findProcessBySlug(app().database.db, locals.organisation.id, params.slug)
		: null;
	if (!process || (!process.isPublished && !can(locals.actor, 'staff.view')))
		error(404, { message: 'Not found', code: 'not_found' });
	const rounds = await loadRounds(app().ctx, process.id);
	const open = openRound(rounds);
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase,
			isPublished: process.isPublished,
			influence: process.influence
		},
		rounds: rounds.map((r) => ({
			...r,
			formulations: r.formulations.map((f) => (f.status === 'hidden' ? { ...f, text: '' } : f)),
			fixed: r.fixed
		})),
		open: open ? { number: open.number, formulations: open.formulations.filter((f) => f.status === 'visible') } : null,
		takesProposals: takesProposals(process.currentPhase, process.isPublished, rounds),
		myChoice: open ? await currentChoice(app().ctx, process.id, open.number, cookies.get(VOTER_COOKIE)) : null,
		done: url.searchParams.get('klart')
	};
};

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
