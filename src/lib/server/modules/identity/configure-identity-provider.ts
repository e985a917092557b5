/**
 * @module An organisation admin sets (or removes) the organisation's identity provider for staff sign-in or
 * for residents' verification. The client secret is never shown again nor audited: an empty field keeps the
 * current one. The issuer is asked for its OpenID configuration before it is saved, so a typing error is
 * found now rather than at the next sign-in.
 */
import { authorize, refused } from '../gate';
import { z } from 'zod';
import type { Actor } from '../../../domain/access/can';
import { IDENTITY_PURPOSES, type IdentityPurpose } from '../../../domain/access/identity';
import { err, ok, type Result } from '../../../kernel/result';
import { isLoopback } from '../../auth/oidc';
import { auditAs } from '../records/queries/audit';
import {
	deleteIdentityProvider,
	findIdentityProvider,
	saveIdentityProvider,
	type IdentityProvider
} from './queries/identity';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

/** https, or http for a provider on this machine; no query or fragment (an issuer identifier has none). */
function isIssuerUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (
			(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url))) &&
			!url.search &&
			!url.hash &&
			!url.username
		);
	} catch {
		return false;
	}
}

export const identityProviderSchema = z.object({
	purpose: z.enum(IDENTITY_PURPOSES),
	displayName: z
		.string()
		.trim()
		.min(1, 'error.identityProvider.displayName')
		.max(100, 'error.identityProvider.displayNameLength'),
	issuer: z
		.string()
		.trim()
		.min(1, 'error.identityProvider.issuer')
		.max(500, 'error.identityProvider.issuerFormat')
		.refine(isIssuerUrl, 'error.identityProvider.issuerFormat'),
	clientId: z
		.string()
		.trim()
		.min(1, 'error.identityProvider.clientId')
		.max(300, 'error.identityProvider.clientIdLength'),
	clientSecret: z.string().trim().max(1000, 'error.identityProvider.clientSecretLength').optional().default(''),
	/** A checkbox: present when ticked. */
	trustEmail: z
		.string()
		.optional()
		.transform((v) => v !== undefined)
});

export type IdentityProviderDeps = { checkIssuer: (issuer: string) => Promise<boolean> };

export async function configureIdentityProvider(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown,
	deps: IdentityProviderDeps
): Promise<Result<IdentityProvider, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || actor.kind !== 'staff') return refused();
	const parsed = identityProviderSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const input = parsed.data;
	const current = await findIdentityProvider(ctx.db, actor.organisationId, input.purpose);
	if (current?.issuer !== input.issuer && !(await deps.checkIssuer(input.issuer))) {
		return err({ code: 'invalid', fields: [{ field: 'issuer', message: 'error.identityProvider.unreachable' }] });
	}
	const now = ctx.now();
	const saved: IdentityProvider = {
		id: current?.id ?? ctx.newId(),
		organisationId: actor.organisationId,
		purpose: input.purpose,
		issuer: input.issuer,
		clientId: input.clientId,
		clientSecret: input.clientSecret || current?.clientSecret || null,
		displayName: input.displayName,
		// Only staff are matched by email; a resident provider's addresses are never read.
		trustEmail: input.purpose === 'staff' && input.trustEmail,
		updatedAt: now
	};
	const changed = (['issuer', 'clientId', 'displayName', 'trustEmail'] as const).filter(
		(k) => current?.[k] !== saved[k]
	);
	await ctx.db.transaction(async (tx) => {
		await saveIdentityProvider(tx, saved);
		await auditAs(ctx, actor, now)(tx, 'identityProvider.configured', 'identityProvider', saved.id, {
			purpose: saved.purpose,
			issuer: saved.issuer,
			changed,
			secretChanged: Boolean(input.clientSecret) && input.clientSecret !== current?.clientSecret
		});
	});
	return ok(saved);
}

export async function removeIdentityProvider(
	ctx: UseCaseContext,
	actor: Actor,
	purpose: IdentityPurpose | null
): Promise<Result<void, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || actor.kind !== 'staff') return refused();
	if (!purpose) return err({ code: 'not_found' });
	const current = await findIdentityProvider(ctx.db, actor.organisationId, purpose);
	if (!current) return err({ code: 'not_found' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await deleteIdentityProvider(tx, actor.organisationId, purpose);
		await auditAs(ctx, actor, now)(tx, 'identityProvider.removed', 'identityProvider', current.id, {
			purpose,
			issuer: current.issuer
		});
	});
	return ok(undefined);
}
