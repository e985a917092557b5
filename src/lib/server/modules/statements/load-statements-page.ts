/**
 * @module The participant's statements page: the next statement and their progress (see take-part-in-statements),
 * and — when the module asks residents to verify who they are — the name of the organisation's e-ID service.
 */
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { findIdentityProvider } from '../identity/queries/identity';
import { loadParticipantPage, type ParticipantTarget } from './take-part-in-statements';

export async function loadStatementsPage(ctx: UseCaseContext, target: ParticipantTarget, previousId: string | null) {
	const result = await loadParticipantPage(ctx, target, previousId);
	if (!result.ok) return result;
	const verifier = result.value.requiresVerifiedIdentity
		? await findIdentityProvider(ctx.db, target.organisationId, 'resident')
		: null;
	return ok({ ...result.value, verifierName: verifier?.displayName ?? null });
}
