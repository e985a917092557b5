import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { participantToken } from '$lib/server/auth/participant-token';
import { residentPseudonym } from '$lib/server/modules/identity';
import { formToObject } from '$lib/server/forms';
import {
	admitVote,
	castVote,
	loadStatementsPage,
	participantKeyOf,
	submitStatement
} from '$lib/server/modules/statements';
import type { Actions, PageServerLoad } from './$types';

/** How a verification at the e-ID broker went (`?verifiering=…` from its callback). */
const VERIFICATION_OUTCOMES = ['ok', 'cancelled', 'failed', 'unreachable', 'not_configured'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, params, url, cookies, setHeaders }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const token = participantToken(cookies, url.protocol === 'https:');
	const previous = url.searchParams.get('forra');
	const pseudonym = await residentPseudonym(app().ctx, cookies, locals.organisation.id);
	const result = await loadStatementsPage(
		app().ctx,
		{ organisationId: locals.organisation.id, slug: params.slug, token, pseudonym },
		previous && UUID.test(previous) ? previous : null
	);
	if (!result.ok) error(404, { message: 'Not found', code: 'not_found' });
	// Personal to this participant: never cached by anyone.
	setHeaders({ 'cache-control': 'private, no-store' });
	const { process, ...page } = result.value;
	const verification = VERIFICATION_OUTCOMES.find((o) => o === url.searchParams.get('verifiering')) ?? null;
	return {
		process: { slug: process.slug, title: process.title, question: process.question },
		...page,
		verification,
		sent: url.searchParams.get('skickat') === '1'
	};
};

export const actions: Actions = {
	vote: async ({ locals, params, request, cookies, url, getClientAddress }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const token = participantToken(cookies, url.protocol === 'https:');
		const pseudonym = await residentPseudonym(app().ctx, cookies, locals.organisation.id);
		const target = { organisationId: locals.organisation.id, slug: params.slug, token, pseudonym };
		const admitted = await admitVote(app().ctx, app().limits.votes, {
			address: getClientAddress(),
			participantKey: participantKeyOf(target)
		});
		if (!admitted.allowed)
			return fail(429, {
				action: 'vote',
				closed: false,
				values: {},
				errors: [{ field: 'vote-buttons', message: 'error.rateLimited.vote' }]
			});
		const result = await castVote(app().ctx, target, values);
		if (!result.ok) {
			// The verification ran out (12 hours) since the page was shown: the page says how to verify again.
			if (result.error.code === 'verification_required') redirect(303, `/processer/${params.slug}/pastaenden`);
			if (result.error.code === 'closed') return fail(409, { action: 'vote', closed: true, values: {}, errors: [] });
			if (result.error.code === 'invalid')
				return fail(400, {
					action: 'vote',
					closed: false,
					values: {},
					errors: result.error.fields.map((f) => ({ ...f, field: 'vote-buttons' }))
				});
			// The statement is gone (moderated out meanwhile): just show the next one.
			redirect(303, `/processer/${params.slug}/pastaenden`);
		}
		redirect(303, `/processer/${params.slug}/pastaenden?forra=${result.value.statementId}`);
	},
	submit: async ({ locals, params, request, cookies, url, getClientAddress }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		if (!app().limits.submissions.hit(getClientAddress()).allowed) {
			return fail(429, {
				action: 'submit',
				closed: false,
				values,
				errors: [{ field: 'own-text', message: 'error.rateLimited.submission' }]
			});
		}
		const token = participantToken(cookies, url.protocol === 'https:');
		const pseudonym = await residentPseudonym(app().ctx, cookies, locals.organisation.id);
		const result = await submitStatement(
			app().ctx,
			{ organisationId: locals.organisation.id, slug: params.slug, token, pseudonym },
			values
		);
		if (!result.ok) {
			if (result.error.code === 'closed') return fail(409, { action: 'submit', closed: true, values, errors: [] });
			if (result.error.code === 'invalid')
				return fail(400, {
					action: 'submit',
					closed: false,
					values,
					errors: result.error.fields.map((f) => ({ ...f, field: 'own-text' }))
				});
			error(404, { message: 'Not found', code: 'not_found' });
		}
		redirect(303, `/processer/${params.slug}/pastaenden?skickat=1#own-heading`);
	}
};
