// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/domain/access/can';
import type { Organisation } from '$lib/server/modules/identity/queries/organisations';
import type { StaffUser } from '$lib/server/modules/identity/queries/users';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			code?: string;
		}
		interface Locals {
			locale: Locale;
			actor: Actor;
			staff: StaffUser | null;
			organisation: Organisation | null;
			sessionToken: string | null;
			/** Signed in as the installation's platform admin (no role in this organisation). */
			platformAdmin: { id: string; name: string } | null;
			/** A working-group member signed in with their personal link. */
			member: { id: string; slug: string; token: string } | null;
			/** The API token of the request (`Authorization: Bearer msk_…`, API paths only); its actor is `actor`. */
			apiToken: import('$lib/server/modules/identity').ApiTokenIdentity | null;
		}
	}
}

export {};
