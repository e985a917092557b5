import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import {
	finishSecondFactor,
	pendingSignIn,
	checkSecondFactor,
	confirmTotp,
	loadSecondStep
} from '$lib/server/modules/identity';
import { formToObject } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Wrong codes are limited per person (with the sign-in limit), so a stolen password cannot be followed by guessing. */
const limitKey = (userId: string) => `second-factor:${userId}`;

export const load: PageServerLoad = async ({ cookies, locals }) => {
	if (locals.staff) redirect(303, '/hantera');
	return loadSecondStep(app().ctx, cookies, locals.organisation?.id);
};

export const actions: Actions = {
	/** An app code or a recovery code. */
	code: async ({ request, cookies, url, locals }) => {
		const pending = await pendingSignIn(app().ctx, cookies, locals.organisation?.id);
		if (!pending) return fail(400, { errors: [{ field: 'code', message: 'signIn.pendingExpired' }] });
		const limits = app().limits.signInFailures;
		if (!limits.check(limitKey(pending.userId)).allowed)
			return fail(429, { errors: [{ field: 'code', message: 'signIn.tooMany' }] });
		const result = await checkSecondFactor(app().ctx, pending, formToObject(await request.formData()));
		if (!result.ok) {
			limits.hit(limitKey(pending.userId));
			return fail(400, {
				errors: result.error.code === 'invalid' ? result.error.fields : [{ field: 'code', message: 'error.totp.wrong' }]
			});
		}
		limits.reset(limitKey(pending.userId));
		redirect(303, await finishSecondFactor(app().ctx, cookies, url, pending, result.value.factor));
	},

	/** First sign-in without an app: one correct code confirms it; the recovery codes are shown once. */
	setup: async ({ request, cookies, url, locals }) => {
		const pending = await pendingSignIn(app().ctx, cookies, locals.organisation?.id);
		if (!pending) return fail(400, { errors: [{ field: 'code', message: 'signIn.pendingExpired' }] });
		const limits = app().limits.signInFailures;
		if (!limits.check(limitKey(pending.userId)).allowed)
			return fail(429, { errors: [{ field: 'code', message: 'signIn.tooMany' }] });
		const result = await confirmTotp(app().ctx, pending, formToObject(await request.formData()));
		if (!result.ok) {
			limits.hit(limitKey(pending.userId));
			return fail(400, {
				errors: result.error.code === 'invalid' ? result.error.fields : [{ field: 'code', message: 'error.totp.wrong' }]
			});
		}
		limits.reset(limitKey(pending.userId));
		const next = await finishSecondFactor(app().ctx, cookies, url, pending, 'totp');
		return { recoveryCodes: result.value.recoveryCodes, next };
	}
};
