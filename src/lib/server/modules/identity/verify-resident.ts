/**
 * @module A resident verifies who they are through the organisation's e-ID broker (OpenID Connect), where a
 * process needs one person, one vote. Only the organisation's pseudonym for the person is kept (HMAC over the
 * broker's issuer and subject): never the personal identity number, the name or any other claim — they are
 * not even asked for (scope `openid`), and whatever the broker sends anyway is dropped here. Residents'
 * verifications are not audited: the log would tie a time to a pseudonym and so to votes.
 */
import { err, ok, type Result } from '../../../kernel/result';
import { beginSignIn, clientSettings, completeSignIn, type OidcFailure, type PendingSignIn } from '../../auth/oidc';
import {
	hashResidentToken,
	newPseudonymKey,
	newResidentToken,
	pseudonymOf,
	RESIDENT_SESSION_HOURS
} from '../../auth/pseudonym';
import {
	deleteExpiredResidentSessions,
	findIdentityProvider,
	insertResidentSession,
	pseudonymKeyOf
} from './queries/identity';
import { log } from '../../log';
import type { UseCaseContext } from '../context';

export type ResidentVerificationError =
	{ code: 'not_configured' } | { code: 'wrong_organisation' } | { code: 'failed'; reason: OidcFailure };

export type ResidentSession = { token: string; expiresAt: Date };

type Where = { organisationId: string; secretFromEnv?: string };

export async function beginResidentVerification(
	ctx: UseCaseContext,
	where: Where & { redirectUri: string; next: string }
): Promise<Result<{ url: URL; pending: PendingSignIn }, ResidentVerificationError>> {
	const provider = await findIdentityProvider(ctx.db, where.organisationId, 'resident');
	if (!provider) return err({ code: 'not_configured' });
	const begun = await beginSignIn(clientSettings(provider, where.secretFromEnv), {
		redirectUri: where.redirectUri,
		scope: 'openid',
		organisationId: where.organisationId,
		next: where.next
	});
	return begun.ok ? begun : err({ code: 'failed', reason: begun.error });
}

export async function completeResidentVerification(
	ctx: UseCaseContext,
	where: Where & { callbackUrl: URL; pending: PendingSignIn }
): Promise<Result<ResidentSession, ResidentVerificationError>> {
	const provider = await findIdentityProvider(ctx.db, where.organisationId, 'resident');
	if (!provider) return err({ code: 'not_configured' });
	if (where.pending.organisationId !== where.organisationId)
		return failed(where.organisationId, { code: 'wrong_organisation' });
	const verified = await completeSignIn(
		clientSettings(provider, where.secretFromEnv),
		where.callbackUrl,
		where.pending
	);
	if (!verified.ok) return failed(where.organisationId, { code: 'failed', reason: verified.error });
	// Issuer and subject only; the claims (identity number, name) go no further than this line.
	const { issuer, subject } = verified.value;
	const now = ctx.now();
	const key = await pseudonymKeyOf(ctx.db, where.organisationId, newPseudonymKey, now);
	const token = newResidentToken();
	const expiresAt = new Date(now.getTime() + RESIDENT_SESSION_HOURS * 3600_000);
	// Expired sessions go as new ones come, so the table holds only the last 12 hours' verifications.
	await deleteExpiredResidentSessions(ctx.db, now);
	await insertResidentSession(ctx.db, {
		tokenHash: hashResidentToken(token),
		organisationId: where.organisationId,
		pseudonym: pseudonymOf(key, issuer, subject),
		expiresAt,
		createdAt: now
	});
	return ok({ token, expiresAt });
}

function failed(organisationId: string, e: ResidentVerificationError) {
	log.info({ organisationId, reason: e.code === 'failed' ? e.reason : e.code }, 'resident verification failed');
	return err(e);
}
