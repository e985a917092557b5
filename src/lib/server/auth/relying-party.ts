/**
 * @module The WebAuthn relying party of a request: the organisation's address it came to. A passkey made on
 * one address works only there (browsers enforce the rp ID), which keeps organisations apart too.
 */
/** Who a passkey is made for: the address (rp ID and origin) and the name people see. */
export type RelyingParty = { rpID: string; origin: string; rpName: string };

export const relyingParty = (url: URL, organisationName: string): RelyingParty => ({
	rpID: url.hostname,
	origin: url.origin,
	rpName: organisationName
});

/** The challenge cookie: only for the browser that asked, for five minutes. */
export const challengeCookieOptions = (url: URL) => ({
	path: '/',
	httpOnly: true,
	sameSite: 'strict' as const,
	secure: url.protocol === 'https:',
	maxAge: 5 * 60
});

/** Only same-site staff pages are allowed as a target, so a sign-in cannot be used as an open redirect. */
export const safeStaffPath = (next: unknown) =>
	typeof next === 'string' && /^\/hantera(\/[\w\-/]*)?$/.test(next) ? next : '/hantera';
