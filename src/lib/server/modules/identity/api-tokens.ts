/**
 * @module API tokens for the organisation's staff tools. An organisation admin makes one with a name and a
 * scope; the token (`msk_` and 32 random bytes, base64url) is shown once and only its SHA-256 is stored. On
 * the API (`Authorization: Bearer msk_…`) a token acts as a staff member of its own organisation, in the name of
 * the admin who made it, with a role that follows from its scope:
 * - `read`: an official's rights (reads every perspective, hidden ones too, the mail log and the audit log), and
 *   only safe methods (GET, HEAD): any other method is refused with 403 before a route runs;
 * - `read-write`: a facilitator of every process in the organisation (never an admin: a token cannot make
 *   tokens, change settings or staff).
 * No scope has an elected member's role, whose rights are narrower than an official's (no perspectives).
 * A token on another organisation's address, an unknown or a revoked one is refused with 401. Every use is
 * audited (`api_token.used`: token id and name, endpoint, method and status, never the body).
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Actor, StaffRole } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '../../db/schema/index';
import { authorize, refused } from '../gate';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';
import { appendAudit, auditAs } from '../records/queries/audit';
import {
	findApiTokenByHash,
	findApiTokenInOrganisation,
	insertApiToken,
	listApiTokens,
	markApiTokenRevoked,
	touchApiToken,
	type ApiTokenListing
} from './queries/api-tokens';

export { API_TOKEN_SCOPES, type ApiTokenScope };
export type { ApiTokenListing };

/** Recognisable in logs, configuration files and secret scanners. */
export const API_TOKEN_PREFIX = 'msk_';

export const hashApiToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The role a token acts with: see the module comment. */
export const ROLE_OF_SCOPE: Record<ApiTokenScope, StaffRole> = { read: 'official', 'read-write': 'facilitator' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Admin = Extract<Actor, { kind: 'staff' }>;

/** The staff page's list: every token of the organisation, revoked ones marked; never a hash. */
export async function loadApiTokens(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ tokens: ApiTokenListing[] }, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || actor.kind !== 'staff') return refused();
	return ok({ tokens: await listApiTokens(ctx.db, actor.organisationId) });
}

const newTokenSchema = z.object({
	name: z.string().trim().min(1, 'error.apiToken.name').max(80, 'error.apiToken.name'),
	scope: z.enum(API_TOKEN_SCOPES, { message: 'error.apiToken.scope' })
});

export type CreatedApiToken = { id: string; name: string; scope: ApiTokenScope; token: string };

/** Makes a token. The answer holds the token itself: show it once, it cannot be read back. */
export async function createApiToken(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<CreatedApiToken, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || actor.kind !== 'staff') return refused();
	const parsed = newTokenSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { name, scope } = parsed.data;
	const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
	const id = ctx.newId();
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await insertApiToken(tx, {
			id,
			organisationId: actor.organisationId,
			name,
			scope,
			tokenHash: hashApiToken(token),
			createdByUserId: actor.userId,
			createdAt: now,
			lastUsedAt: null,
			revokedAt: null
		});
		await auditAs(ctx, actor as Admin, now)(tx, 'api_token.created', 'api_token', id, { name, scope });
	});
	return ok({ id, name, scope, token });
}

/** Revokes a token of the organisation at once; a revoked token answers 401 from then on. */
export async function revokeApiToken(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	if (!authorize(actor, 'organisation.configure').ok || actor.kind !== 'staff') return refused();
	const parsed = z.object({ id: z.uuid() }).safeParse(raw);
	if (!parsed.success) return err({ code: 'not_found' });
	const token = await findApiTokenInOrganisation(ctx.db, actor.organisationId, parsed.data.id);
	if (!token) return err({ code: 'not_found' });
	const now = ctx.now();
	const revoked = await ctx.db.transaction(async (tx) => {
		if (!(await markApiTokenRevoked(tx, actor.organisationId, token.id, now))) return false;
		await auditAs(ctx, actor, now)(tx, 'api_token.revoked', 'api_token', token.id, { name: token.name });
		return true;
	});
	if (!revoked) return err({ code: 'conflict', reason: 'already_revoked' });
	return ok({ id: token.id });
}

export type ApiTokenIdentity = { id: string; name: string; scope: ApiTokenScope; createdByUserId: string };

export type ApiTokenOutcome =
	/** No bearer token: the request goes on with whoever else it is (usually anonymous). */
	| { kind: 'none' }
	| { kind: 'token'; token: ApiTokenIdentity; actor: Actor }
	/** Refused before any route runs: 401 (unknown, revoked, other organisation) or 403 (read token, unsafe method). */
	| {
			kind: 'refused';
			status: 401 | 403;
			code: 'unauthorized' | 'forbidden';
			token: ApiTokenIdentity | null;
			actor: Actor | null;
	  };

/** The bearer token of an `Authorization` header, or null when there is none. */
export function bearerTokenOf(authorization: string | null): string | null {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
	return match ? match[1] : null;
}

/** Who an API request with `Authorization: Bearer …` is: the token's staff actor, or a refusal. */
export async function identifyApiToken(
	ctx: UseCaseContext,
	request: { organisationId: string | null; authorization: string | null; method: string }
): Promise<ApiTokenOutcome> {
	// Other schemes (e.g. Basic from a proxy in front of the installation) are not ours: the request goes on without.
	const bearer = bearerTokenOf(request.authorization);
	if (!bearer) return { kind: 'none' };
	const unauthorized = { kind: 'refused', status: 401, code: 'unauthorized', token: null, actor: null } as const;
	if (!bearer.startsWith(API_TOKEN_PREFIX) || bearer.length > 200) return unauthorized;
	const row = await findApiTokenByHash(ctx.db, hashApiToken(bearer));
	// A token works only on its own organisation's address, and never once revoked.
	if (!row || row.revokedAt || row.organisationId !== request.organisationId) return unauthorized;
	const token: ApiTokenIdentity = {
		id: row.id,
		name: row.name,
		scope: row.scope,
		createdByUserId: row.createdByUserId
	};
	const actor: Actor = {
		kind: 'staff',
		userId: row.createdByUserId,
		organisationId: row.organisationId,
		role: ROLE_OF_SCOPE[row.scope]
	};
	if (row.scope === 'read' && !SAFE_METHODS.has(request.method.toUpperCase()))
		return { kind: 'refused', status: 403, code: 'forbidden', token, actor };
	return { kind: 'token', token, actor };
}

/**
 * Audits one use of a token (after the answer, outside the request's transactions) and notes when it was last
 * used: which token, which endpoint (route and path), method and status. Never the body or the query string.
 */
export async function recordApiTokenUse(
	ctx: UseCaseContext,
	use: {
		token: ApiTokenIdentity;
		organisationId: string;
		method: string;
		route: string | null;
		path: string;
		status: number;
	}
): Promise<void> {
	const now = ctx.now();
	await appendAudit(ctx.db, {
		id: ctx.newId(),
		organisationId: use.organisationId,
		actorUserId: use.token.createdByUserId,
		action: 'api_token.used',
		entityType: 'api_token',
		entityId: use.token.id,
		details: {
			tokenId: use.token.id,
			name: use.token.name,
			scope: use.token.scope,
			method: use.method,
			endpoint: use.route ?? use.path,
			path: use.path.slice(0, 300),
			status: use.status
		},
		at: now
	});
	await touchApiToken(ctx.db, use.token.id, now);
}
