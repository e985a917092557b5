import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { safeNext } from '$lib/server/auth/safe-next';
import { completeStaffSignIn, loadStaffSignIn, signInStaff } from '$lib/server/modules/identity';
import { formToObject } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Why a sign-in through the identity provider did not complete (`?oidc=…` from its callback). */
const OIDC_OUTCOMES = ['unknown', 'cancelled', 'failed', 'unreachable', 'expired', 'not_configured'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.staff) redirect(303, safeNext(url.searchParams.get('next')));
	if (locals.platformAdmin) redirect(303, '/plattform');
	const { provider } = await loadStaffSignIn(app().ctx, locals.organisation?.id);
	const outcome = OIDC_OUTCOMES.find((o) => o === url.searchParams.get('oidc')) ?? null;
	return {
		provider,
		oidcOutcome: outcome,
		organisationName: locals.organisation?.name ?? '',
		next: safeNext(url.searchParams.get('next'))
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, locals }) => {
		if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
		const values = formToObject(await request.formData());
		const shown = { email: typeof values.email === 'string' ? values.email : '' };
		// Failed attempts are limited per account and address; the account is not locked for its owner elsewhere.
		const limitKey = `${shown.email.trim().toLowerCase()}|${getClientAddress()}`;
		const limits = app().limits.signInFailures;
		if (!limits.check(limitKey).allowed)
			return fail(429, { values: shown, errors: [{ field: 'email', message: 'signIn.tooMany' }] });
		const result = await signInStaff(app().ctx, locals.organisation.id, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values: shown, errors: result.error.fields });
			limits.hit(limitKey);
			return fail(400, { values: shown, errors: [{ field: 'email', message: 'signIn.wrong' }] });
		}
		limits.reset(limitKey);
		// Starts the session, or sends an organisation admin to the second step.
		const next = await completeStaffSignIn(
			app().ctx,
			cookies,
			url,
			{ userId: result.value.userId, organisationId: locals.organisation.id, method: 'password' },
			safeNext(url.searchParams.get('next'))
		);
		if (!next.ok) return fail(400, { values: shown, errors: [{ field: 'email', message: 'signIn.wrong' }] });
		redirect(303, next.value);
	}
};
