/**
 * @module Identity providers (OpenID Connect): what they are for, and which of their claims Medskapa may use.
 */

/** `staff` signs staff in; `resident` verifies a resident where one person must have one vote (an e-ID broker). */
export const IDENTITY_PURPOSES = ['staff', 'resident'] as const;
export type IdentityPurpose = (typeof IDENTITY_PURPOSES)[number];

/**
 * The email address a staff member may be matched by: only one the provider vouches for (`email_verified`
 * true), or any when the organisation trusts its provider's addresses (e.g. its own Entra ID tenant, which
 * sends no `email_verified`). Lower case, as staff accounts are stored.
 */
export function matchableEmail(claims: Record<string, unknown>, trustEmail: boolean): string | null {
	const email = claims.email;
	if (typeof email !== 'string' || !email.includes('@')) return null;
	const verified = claims.email_verified === true || claims.email_verified === 'true';
	return verified || trustEmail ? email.trim().toLowerCase() : null;
}
