/**
 * @module The verified resident of this request, if any: the cookie's token → the organisation's pseudonym
 * for the person (valid only in the organisation it was made for, for 12 hours).
 */
import type { CookieJar as Cookies } from './cookie-jar';
import type { UseCaseContext } from '../context';
import { findResidentPseudonym } from './queries/identity';
import { hashResidentToken, RESIDENT_COOKIE, type ResidentSessionCookie } from '../../auth/pseudonym';

export async function residentPseudonym(
	ctx: Pick<UseCaseContext, 'db' | 'now'>,
	cookies: Cookies,
	organisationId: string
): Promise<string | null> {
	const token = cookies.get(RESIDENT_COOKIE);
	if (!token || !/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
	return findResidentPseudonym(ctx.db, hashResidentToken(token), organisationId, ctx.now());
}

export function setResidentCookie(cookies: Cookies, url: URL, session: ResidentSessionCookie): void {
	cookies.set(RESIDENT_COOKIE, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: session.expiresAt
	});
}

/** Resident verification's pending cookie and the callback path it is sent to. */
export const RESIDENT_OIDC = { cookie: 'medskapa_oidc_resident', callbackPath: '/verifiera/callback' } as const;
