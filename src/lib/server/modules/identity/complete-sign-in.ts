/**
 * @module The one gate between a first factor and a staff session. Every sign-in method (password, sign-in
 * link, identity provider) ends here: organisation admins (and anyone who has set up an authenticator app) owe
 * a second factor (an authenticator-app code, a recovery code or a passkey) before they get a session; they are given a short-lived pending sign-in behind
 * its own cookie and sent to the second-factor page. A passkey already proves two factors.
 */
import type { CookieJar as Cookies } from './cookie-jar';
import { err, ok, type Result } from '../../../kernel/result';
import type { StaffRole } from '../../../domain/access/can';
import { findMembership, isPlatformAdmin } from './queries/users';
import { deletePendingSignIn, findPendingSignIn, findTotp, insertPendingSignIn } from './queries/staff-auth';
import type { UseCaseContext } from '../context';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import { setStaffSessionCookie, startStaffSession, type SignInMethod } from './staff-session';

export const PENDING_COOKIE = 'medskapa_tvastegs';
export const SECOND_FACTOR_PATH = '/logga-in/tvastegs';
/** Time to open the app and type a code, or to set one up. */
const PENDING_MINUTES = 15;

/**
 * Organisation admins must show a second factor; anyone who has set up an authenticator app is asked for it
 * too. A passkey already is two factors.
 */
export const needsSecondFactor = (role: StaffRole, method: SignInMethod, hasAuthenticatorApp: boolean) =>
	method !== 'passkey' && (role === 'admin' || hasAuthenticatorApp);

export type SecondFactor = 'totp' | 'recovery' | 'passkey';

/**
 * Starts the session, or the pending sign-in when a second factor is owed. Returns where to send the browser
 * (`next`, or the second-factor page); `forbidden` when the person has no role in the organisation.
 */
export async function completeStaffSignIn(
	ctx: UseCaseContext,
	cookies: Cookies,
	url: URL,
	who: { userId: string; organisationId: string; method: SignInMethod },
	next = '/hantera'
): Promise<Result<string, { code: 'forbidden' }>> {
	const membership = await findMembership(ctx.db, who.userId, who.organisationId);
	// The platform admin holds no role here but runs the installation: two factors, as an organisation admin.
	const role = membership?.role ?? ((await isPlatformAdmin(ctx.db, who.userId)) ? 'admin' : null);
	if (!role) return err({ code: 'forbidden' });
	const hasAuthenticatorApp = Boolean((await findTotp(ctx.db, who.userId))?.confirmedAt);
	if (!needsSecondFactor(role, who.method, hasAuthenticatorApp)) {
		setStaffSessionCookie(cookies, url, await startStaffSession(ctx, who));
		return ok(next);
	}
	const token = newSessionToken();
	const now = ctx.now();
	await insertPendingSignIn(ctx.db, {
		tokenHash: hashSessionToken(token),
		userId: who.userId,
		organisationId: who.organisationId,
		method: who.method,
		next,
		expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000),
		createdAt: now
	});
	cookies.set(PENDING_COOKIE, token, {
		path: '/logga-in',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: PENDING_MINUTES * 60
	});
	return ok(SECOND_FACTOR_PATH);
}

export type PendingSignIn = {
	tokenHash: string;
	userId: string;
	organisationId: string;
	method: SignInMethod;
	next: string;
};

/** The pending sign-in behind the browser's cookie, if it is still valid on this organisation's address. */
export async function pendingSignIn(
	ctx: UseCaseContext,
	cookies: Cookies,
	organisationId: string | undefined
): Promise<PendingSignIn | null> {
	const token = cookies.get(PENDING_COOKIE);
	if (!token || !organisationId) return null;
	const row = await findPendingSignIn(ctx.db, hashSessionToken(token), ctx.now());
	if (!row || row.organisationId !== organisationId) return null;
	return {
		tokenHash: row.tokenHash,
		userId: row.userId,
		organisationId: row.organisationId,
		method: row.method as SignInMethod,
		next: row.next
	};
}

/** The second factor was shown: the pending sign-in becomes a session. Returns where to go. */
export async function finishSecondFactor(
	ctx: UseCaseContext,
	cookies: Cookies,
	url: URL,
	pending: PendingSignIn,
	factor: SecondFactor
): Promise<string> {
	await deletePendingSignIn(ctx.db, pending.tokenHash);
	cookies.delete(PENDING_COOKIE, { path: '/logga-in' });
	const session = await startStaffSession(ctx, {
		userId: pending.userId,
		organisationId: pending.organisationId,
		method: pending.method,
		secondFactor: factor
	});
	setStaffSessionCookie(cookies, url, session);
	return pending.next;
}
