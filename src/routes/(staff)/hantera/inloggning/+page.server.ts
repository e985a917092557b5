import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { IDENTITY_PURPOSES, type IdentityPurpose } from '$lib/domain/access/identity';
import { app } from '$lib/server/app';
import { checkIssuer } from '$lib/server/auth/oidc';
import { STAFF_OIDC } from '$lib/server/auth/oidc-cookie';
import { RESIDENT_OIDC, configureIdentityProvider, removeIdentityProvider } from '$lib/server/modules/identity';
import { oidcSecretVariable } from '$lib/server/config';
import { findIdentityProvider } from '$lib/server/modules/identity/queries/identity';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { deny } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const SHOWN: IdentityPurpose[] = ['staff', 'resident'];
const CALLBACK_PATHS: Record<IdentityPurpose, string> = {
	staff: STAFF_OIDC.callbackPath,
	resident: RESIDENT_OIDC.callbackPath
};

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!can(locals.actor, 'organisation.configure') || !locals.organisation) deny('organisation.configure');
	const organisation = locals.organisation;
	const secrets = app().config.oidcClientSecrets;
	const providers = await Promise.all(
		SHOWN.map(async (purpose) => {
			const p = await findIdentityProvider(app().database.db, organisation.id, purpose);
			const envVariable = oidcSecretVariable(organisation.slug, purpose);
			return {
				purpose,
				// The secret itself never leaves the server: the page only says whether one is set, and where.
				current: p
					? { displayName: p.displayName, issuer: p.issuer, clientId: p.clientId, trustEmail: p.trustEmail }
					: null,
				secret: secrets[envVariable]
					? ('environment' as const)
					: p?.clientSecret
						? ('stored' as const)
						: ('none' as const),
				envVariable,
				callbackUrl: `${url.origin}${CALLBACK_PATHS[purpose]}`
			};
		})
	);
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
		if (!purpose) return failFromUseCase({ code: 'not_found' }, {});
		const result = await removeIdentityProvider(app().ctx, locals.actor, purpose);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, `/hantera/inloggning?borttagen=${purpose}`);
	}
};
