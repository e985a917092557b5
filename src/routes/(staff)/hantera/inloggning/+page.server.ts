import { redirect } from '@sveltejs/kit';
import { IDENTITY_PURPOSES, type IdentityPurpose } from '$lib/domain/access/identity';
import { app } from '$lib/server/app';
import { checkIssuer } from '$lib/server/auth/oidc';
import { STAFF_OIDC } from '$lib/server/auth/oidc-cookie';
import {
	RESIDENT_OIDC,
	configureIdentityProvider,
	loadIdentityProviders,
	removeIdentityProvider
} from '$lib/server/modules/identity';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const SHOWN: IdentityPurpose[] = ['staff', 'resident'];
const CALLBACK_PATHS: Record<IdentityPurpose, string> = {
	staff: STAFF_OIDC.callbackPath,
	resident: RESIDENT_OIDC.callbackPath
};

export const load: PageServerLoad = async ({ locals, url }) => {
	// The secret itself never leaves the server: the page only says whether one is set, and where.
	const providers = loaded(
		await loadIdentityProviders(app().ctx, locals.actor, SHOWN, app().config.oidcClientSecrets)
	).map((p) => ({ ...p, callbackUrl: `${url.origin}${CALLBACK_PATHS[p.purpose]}` }));
	return { providers, saved: url.searchParams.get('sparad'), removed: url.searchParams.get('borttagen') };
};

const purposeOf = (v: unknown): IdentityPurpose | null =>
	IDENTITY_PURPOSES.find((p) => p === v && SHOWN.includes(p)) ?? null;

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		const result = await configureIdentityProvider(app().ctx, locals.actor, values, { checkIssuer });
		// What was typed comes back, except the secret.
		const { clientSecret: _secret, ...shown } = values;
		if (!result.ok) return failFromUseCase(result.error, shown);
		redirect(303, `/hantera/inloggning?sparad=${result.value.purpose}`);
	},
	remove: async ({ request, locals }) => {
		const purpose = purposeOf(formToObject(await request.formData()).purpose);
		const result = await removeIdentityProvider(app().ctx, locals.actor, purpose);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, `/hantera/inloggning?borttagen=${purpose}`);
	}
};
