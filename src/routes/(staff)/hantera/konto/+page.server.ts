import { error, fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { formToObject, loaded } from '$lib/server/forms';
import { removePasskey, confirmTotp, loadOwnAccount, renewRecoveryCodes } from '$lib/server/modules/identity';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person's own sign-in methods; the staff layout has already required a session. */
export const load: PageServerLoad = async ({ locals }) => loaded(await loadOwnAccount(app().ctx, locals.actor));

const who = (locals: App.Locals) => {
	if (!locals.staff) error(403, { message: 'Forbidden', code: 'forbidden' });
	return { userId: locals.staff.id, organisationId: locals.staff.organisationId };
};

export const actions: Actions = {
	removePasskey: async ({ request, locals }) => {
		const result = await removePasskey(app().ctx, who(locals), (await request.formData()).get('id'));
		if (!result.ok) return fail(404, { passkeyMissing: true });
		return { passkeyRemoved: true };
	},
	confirmTotp: async ({ request, locals }) => {
		const result = await confirmTotp(app().ctx, who(locals), formToObject(await request.formData()));
		if (!result.ok)
			return fail(400, {
				errors: result.error.code === 'invalid' ? result.error.fields : [{ field: 'code', message: 'error.totp.wrong' }]
			});
		return { recoveryCodes: result.value.recoveryCodes, totpDone: true };
	},
	renewCodes: async ({ locals }) => {
		const result = await renewRecoveryCodes(app().ctx, who(locals));
		if (!result.ok) return fail(400, { errors: [{ field: 'code', message: 'error.totp.required' }] });
		return { recoveryCodes: result.value.recoveryCodes, renewed: true };
	}
};
