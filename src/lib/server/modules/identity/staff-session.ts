/**
 * @module The one place a staff session starts, whatever proved who the person is (password, identity
 * provider, sign-in link, passkey). A session belongs to one organisation: the one whose address it was
 * started on, where the person holds a role.
 */
import type { CookieJar as Cookies } from './cookie-jar';
import { auditAs } from '../records/queries/audit';
import { insertSession } from './queries/users';
import type { UseCaseContext } from '../context';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_DAYS } from '../../auth/session-token';

/** How the person proved who they are; kept in the audit log. */
export type SignInMethod = 'password' | 'oidc' | 'link' | 'passkey';

export type StaffSession = { token: string; expiresAt: Date };

/** `secondFactor` is what an organisation admin showed after the first factor (see `complete-sign-in.ts`). */
export async function startStaffSession(
	ctx: UseCaseContext,
	who: { userId: string; organisationId: string; method: SignInMethod; secondFactor?: 'totp' | 'recovery' | 'passkey' }
): Promise<StaffSession> {
	const now = ctx.now();
	const token = newSessionToken();
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
	await ctx.db.transaction(async (tx) => {
		await insertSession(tx, {
			tokenHash: hashSessionToken(token),
			userId: who.userId,
			organisationId: who.organisationId,
			expiresAt,
			createdAt: now
		});
		await auditAs(ctx, { organisationId: who.organisationId, userId: who.userId }, now)(
			tx,
			'staff.signedIn',
			'user',
			who.userId,
			who.secondFactor ? { method: who.method, secondFactor: who.secondFactor } : { method: who.method }
		);
	});
	return { token, expiresAt };
}

export function setStaffSessionCookie(cookies: Cookies, url: URL, session: StaffSession): void {
	cookies.set(SESSION_COOKIE, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: session.expiresAt
	});
}
