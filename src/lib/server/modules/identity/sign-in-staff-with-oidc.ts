/**
 * @module Staff sign in through their organisation's identity provider (OpenID Connect). The person is the
 * staff member linked to the provider account (issuer + subject), or — the first time — the one with the
 * email address the provider vouches for; either way they must hold a role in this organisation. Nobody is
 * created here: an unknown person is told to ask the organisation's admin. Failures are audited with their
 * reason, never a token or a claim.
 */
import { matchableEmail } from '../../../domain/access/identity';
import { err, ok, type Result } from '../../../kernel/result';
import { beginSignIn, clientSettings, completeSignIn, type OidcFailure, type PendingSignIn } from '../../auth/oidc';
import { appendAudit, auditAs } from '../records/queries/audit';
import { findIdentityProvider, findLinkedUserId, linkIdentity, type IdentityProvider } from './queries/identity';
import { findMembership, findUserByEmail } from './queries/users';
import { log } from '../../log';
import { createRateLimiter } from '../../security/rate-limit';
import type { UseCaseContext } from '../context';

/** The scopes staff sign-in asks for: who the person is and their email address, nothing more. */
export const STAFF_SCOPE = 'openid email';

export type StaffOidcError =
	| { code: 'not_configured' }
	| { code: 'wrong_organisation' }
	| { code: 'failed'; reason: OidcFailure }
	| { code: 'unknown_person'; providerName: string };

type Where = { organisationId: string; secretFromEnv?: string };

export async function beginStaffOidcSignIn(
	ctx: UseCaseContext,
	where: Where & { redirectUri: string; next?: string }
): Promise<Result<{ url: URL; pending: PendingSignIn }, StaffOidcError>> {
	const provider = await findIdentityProvider(ctx.db, where.organisationId, 'staff');
	if (!provider) return err({ code: 'not_configured' });
	const begun = await beginSignIn(clientSettings(provider, where.secretFromEnv), {
		redirectUri: where.redirectUri,
		scope: STAFF_SCOPE,
		organisationId: where.organisationId,
		next: where.next
	});
	if (!begun.ok) {
		await auditFailure(ctx, provider, begun.error);
		return err({ code: 'failed', reason: begun.error });
	}
	return begun;
}

export async function completeStaffOidcSignIn(
	ctx: UseCaseContext,
	where: Where & { callbackUrl: URL; pending: PendingSignIn }
): Promise<Result<{ userId: string }, StaffOidcError>> {
	const provider = await findIdentityProvider(ctx.db, where.organisationId, 'staff');
	if (!provider) return err({ code: 'not_configured' });
	// A flow started at another organisation's address ends here only by mistake or by an attack: refuse it.
	if (where.pending.organisationId !== where.organisationId) {
		await auditFailure(ctx, provider, 'wrong_organisation');
		return err({ code: 'wrong_organisation' });
	}
	const verified = await completeSignIn(
		clientSettings(provider, where.secretFromEnv),
		where.callbackUrl,
		where.pending
	);
	if (!verified.ok) {
		await auditFailure(ctx, provider, verified.error);
		return err({ code: 'failed', reason: verified.error });
	}
	const { issuer, subject, claims } = verified.value;
	const linkedUserId = await findLinkedUserId(ctx.db, issuer, subject);
	let userId = linkedUserId;
	if (!userId) {
		const email = matchableEmail(claims, provider.trustEmail);
		userId = email ? ((await findUserByEmail(ctx.db, email))?.id ?? null) : null;
	}
	const membership = userId ? await findMembership(ctx.db, userId, where.organisationId) : null;
	if (!userId || !membership) {
		await auditFailure(ctx, provider, 'unknown_person');
		return err({ code: 'unknown_person', providerName: provider.displayName });
	}
	if (!linkedUserId) {
		const now = ctx.now();
		const person = userId;
		await ctx.db.transaction(async (tx) => {
			await linkIdentity(tx, { issuer, subject, userId: person, createdAt: now });
			await auditAs(ctx, { organisationId: where.organisationId, userId: person }, now)(
				tx,
				'identity.linked',
				'user',
				person,
				{ providerId: provider.id }
			);
		});
	}
	// The session starts at the gate for second factors (an admin still owes one).
	return ok({ userId });
}

/** Anyone can make a sign-in fail: at most 100 failures per organisation and 10 minutes are audited, the rest only logged. */
const auditedFailures = createRateLimiter(100, 10 * 60_000);

async function auditFailure(
	ctx: UseCaseContext,
	provider: IdentityProvider,
	reason: OidcFailure | 'wrong_organisation' | 'unknown_person'
): Promise<void> {
	log.info({ organisationId: provider.organisationId, reason }, 'staff sign-in through the identity provider failed');
	if (!auditedFailures.hit(provider.organisationId).allowed) return;
	await appendAudit(ctx.db, {
		id: ctx.newId(),
		organisationId: provider.organisationId,
		actorUserId: null,
		action: 'staff.signInFailed',
		entityType: 'identityProvider',
		entityId: provider.id,
		details: { method: 'oidc', reason },
		at: ctx.now()
	});
}
