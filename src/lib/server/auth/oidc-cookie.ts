/**
 * @module What a sign-in through an identity provider must remember while the person is away at the
 * provider (PKCE verifier, state, nonce, organisation, where to go next): an HttpOnly cookie for 10 minutes,
 * sent back only to the callback path, read once. `SameSite=Lax` so it comes along on the provider's redirect.
 */
import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import type { PendingSignIn } from './oidc';

const pendingSchema = z.object({
	state: z.string().min(1).max(200),
	nonce: z.string().min(1).max(200),
	codeVerifier: z.string().min(43).max(128),
	organisationId: z.string().uuid(),
	next: z.string().max(500).optional()
});

const MAX_AGE_SECONDS = 10 * 60;

export function setPendingSignIn(
	cookies: Cookies,
	url: URL,
	name: string,
	callbackPath: string,
	pending: PendingSignIn
): void {
	const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
	cookies.set(name, value, {
		path: callbackPath,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: MAX_AGE_SECONDS
	});
}

/** The pending sign-in, once: the cookie is removed whatever it held. */
export function takePendingSignIn(cookies: Cookies, name: string, callbackPath: string): PendingSignIn | null {
	const value = cookies.get(name);
	if (!value) return null;
	cookies.delete(name, { path: callbackPath });
	try {
		const parsed = pendingSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Staff sign-in's cookie and the callback path it is sent to. */
export const STAFF_OIDC = { cookie: 'medskapa_oidc_staff', callbackPath: '/logga-in/oidc/callback' } as const;
