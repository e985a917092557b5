/**
 * @module The signed-in staff member's own sign-in pages: their account (passkeys, authenticator app) and
 * the second step of a sign-in (before there is a session), and the sign-in page itself.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize } from '../gate';
import { pendingSignIn } from './complete-sign-in';
import type { CookieJar } from './cookie-jar';
import { findIdentityProvider } from './queries/identity';
import { findOrganisationById } from './queries/organisations';
import { countPasskeys, findUserContact, listPasskeys } from './queries/staff-auth';
import { totpStatus } from './second-factor';

/** One's own passkeys and authenticator app. Only for a staff member, only about themself. */
export async function loadOwnAccount(ctx: UseCaseContext, actor: Actor) {
	const gate = authorize(actor, 'staff.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return err({ code: 'not_found' });
	const [user, organisation] = await Promise.all([
		findUserContact(ctx.db, actor.userId),
		findOrganisationById(ctx.db, actor.organisationId)
	]);
	if (!user || !organisation) return err({ code: 'not_found' });
	const passkeys = await listPasskeys(ctx.db, user.id);
	return ok({
		role: actor.role,
		passkeys: passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt })),
		totp: await totpStatus(ctx, user, organisation.name)
	});
}

/** The second step of a sign-in: whom it is for, and the app to set up if they have none yet. */
export async function loadSecondStep(ctx: UseCaseContext, cookies: CookieJar, organisationId: string | undefined) {
	const pending = await pendingSignIn(ctx, cookies, organisationId);
	const user = pending && (await findUserContact(ctx.db, pending.userId));
	const organisation = organisationId ? await findOrganisationById(ctx.db, organisationId) : null;
	if (!pending || !user || !organisation) return { expired: true as const };
	const status = await totpStatus(ctx, user, organisation.name);
	return {
		expired: false as const,
		name: user.name,
		setup: status.confirmed ? null : { secret: status.secret, uri: status.uri },
		hasPasskeys: (await countPasskeys(ctx.db, user.id)) > 0,
		next: pending.next
	};
}

/** What the staff sign-in page offers: the organisation's identity provider for staff, if it has one. */
export async function loadStaffSignIn(ctx: UseCaseContext, organisationId: string | undefined) {
	const provider = organisationId ? await findIdentityProvider(ctx.db, organisationId, 'staff') : null;
	return { provider: provider ? { name: provider.displayName } : null };
}
