import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import {
	finishSecondFactor,
	pendingSignIn,
	checkSecondFactor,
	confirmTotp,
	totpStatus
} from '$lib/server/modules/identity';
import { countPasskeys, findUserContact } from '$lib/server/modules/identity/queries/staff-auth';
import { formToObject } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Wrong codes are limited per person (with the sign-in limit), so a stolen password cannot be followed by guessing. */
const limitKey = (userId: string) => `second-factor:${userId}`;

export const load: PageServerLoad = async ({ cookies, locals }) => {
	if (locals.staff) redirect(303, '/hantera');
	const pending = await pendingSignIn(app().ctx, cookies, locals.organisation?.id);
	const user = pending && (await findUserContact(app().ctx.db, pending.userId));
	if (!pending || !user || !locals.organisation) return { expired: true as const };
	const status = await totpStatus(app().ctx, user, locals.organisation.name);
	return {
		expired: false as const,
		name: user.name,
		setup: status.confirmed ? null : { secret: status.secret, uri: status.uri },
		hasPasskeys: (await countPasskeys(app().ctx.db, user.id)) > 0,
		next: pending.next
	};
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
