/**
 * @module Passkeys (WebAuthn): a signed-in staff member registers one on their account page; anyone signs in
 * with one without typing a name (discoverable credentials). The relying party is the organisation's address
 * the request came to: its host name is the rp ID, its origin the expected origin. Every challenge is stored,
 * answered once and expires after five minutes; the browser holds only a random id for it in a cookie. User
 * verification (PIN, fingerprint, face) is required, so a passkey counts as two factors.
 */
import type {
	AuthenticatorTransportFuture,
	PublicKeyCredentialCreationOptionsJSON,
	PublicKeyCredentialRequestOptionsJSON
} from '@simplewebauthn/server';
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse
} from '@simplewebauthn/server';
import { z } from 'zod';
import { err, ok, type Result } from '../../../kernel/result';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import { auditAs } from '../records/queries/audit';
import {
	deletePasskey,
	findPasskey,
	insertChallenge,
	insertPasskey,
	listPasskeys,
	markPasskeyUsed,
	takeChallenge
} from './queries/staff-auth';
import type { UseCaseContext, UseCaseError } from '../context';

export const WEBAUTHN_COOKIE = 'medskapa_webauthn';
export const CHALLENGE_MINUTES = 5;

/** Who the passkeys are for: the organisation's address the request came to. */
import type { RelyingParty } from '../../auth/relying-party';
export type { RelyingParty };
type Who = { userId: string; organisationId: string };

async function storeChallenge(
	ctx: UseCaseContext,
	challenge: string,
	purpose: 'register' | 'authenticate',
	userId: string | null
): Promise<string> {
	const challengeId = newSessionToken();
	await insertChallenge(ctx.db, {
		idHash: hashSessionToken(challengeId),
		challenge,
		purpose,
		userId,
		expiresAt: new Date(ctx.now().getTime() + CHALLENGE_MINUTES * 60_000)
	});
	return challengeId;
}

export async function startPasskeyRegistration(
	ctx: UseCaseContext,
	user: { id: string; email: string; name: string },
	rp: RelyingParty
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
	const existing = await listPasskeys(ctx.db, user.id);
	const options = await generateRegistrationOptions({
		rpName: rp.rpName,
		rpID: rp.rpID,
		userName: user.email,
		userDisplayName: user.name,
		userID: new TextEncoder().encode(user.id),
		attestationType: 'none',
		excludeCredentials: existing.map((p) => ({ id: p.id, transports: transportsOf(p.transports) })),
		authenticatorSelection: { residentKey: 'required', userVerification: 'required' }
	});
	return { challengeId: await storeChallenge(ctx, options.challenge, 'register', user.id), options };
}

const registrationSchema = z.object({
	name: z.string().trim().min(1, 'error.passkey.name').max(60, 'error.passkey.name'),
	response: z.object({ id: z.string().min(1).max(1024) }).passthrough()
});

export async function finishPasskeyRegistration(
	ctx: UseCaseContext,
	who: Who,
	challengeId: string | undefined,
	raw: unknown,
	rp: RelyingParty
): Promise<Result<{ id: string }, UseCaseError>> {
	const parsed = registrationSchema.safeParse(raw);
	if (!parsed.success) {
		const nameProblem = parsed.error.issues.some((i) => i.path[0] === 'name');
		return err({
			code: 'invalid',
			fields: [{ field: 'passkey-name', message: nameProblem ? 'error.passkey.name' : 'error.passkey.addFailed' }]
		});
	}
	const failed = err<UseCaseError>({
		code: 'invalid',
		fields: [{ field: 'passkey-name', message: 'error.passkey.addFailed' }]
	});
	const now = ctx.now();
	const challenge = challengeId ? await takeChallenge(ctx.db, hashSessionToken(challengeId), 'register', now) : null;
	if (!challenge || challenge.userId !== who.userId) return failed;
	let verified;
	try {
		verified = await verifyRegistrationResponse({
			response: parsed.data.response as never,
			expectedChallenge: challenge.challenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.rpID,
			requireUserVerification: true
		});
	} catch {
		return failed;
	}
	if (!verified.verified) return failed;
	const { credential } = verified.registrationInfo;
	if (await findPasskey(ctx.db, credential.id)) return failed;
	await ctx.db.transaction(async (tx) => {
		await insertPasskey(tx, {
			id: credential.id,
			userId: who.userId,
			name: parsed.data.name,
			publicKey: Buffer.from(credential.publicKey),
			counter: credential.counter,
			transports: (credential.transports ?? []).join(','),
			createdAt: now
		});
		// The name is the person's own words; the audit keeps only the credential id.
		await auditAs(ctx, who, now)(tx, 'staff.passkeyAdded', 'user', who.userId, { passkeyId: credential.id });
	});
	return ok({ id: credential.id });
}

export async function removePasskey(ctx: UseCaseContext, who: Who, id: unknown): Promise<Result<void, UseCaseError>> {
	if (typeof id !== 'string' || !id) return err({ code: 'not_found' });
	const now = ctx.now();
	const removed = await ctx.db.transaction(async (tx) => {
		if (!(await deletePasskey(tx, who.userId, id))) return false;
		await auditAs(ctx, who, now)(tx, 'staff.passkeyRemoved', 'user', who.userId, { passkeyId: id });
		return true;
	});
	return removed ? ok(undefined) : err({ code: 'not_found' });
}

/** Options for a usernameless sign-in: the browser offers the passkeys it has for this address. */
export async function startPasskeySignIn(
	ctx: UseCaseContext,
	rp: RelyingParty
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
	const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required' });
	return { challengeId: await storeChallenge(ctx, options.challenge, 'authenticate', null), options };
}

/** Checks the signed challenge against the stored passkey; the person it belongs to, or a refusal. */
export async function finishPasskeySignIn(
	ctx: UseCaseContext,
	challengeId: string | undefined,
	raw: unknown,
	rp: RelyingParty
): Promise<Result<{ userId: string }, { code: 'passkey_failed' }>> {
	const failed = err({ code: 'passkey_failed' } as const);
	const response = (raw as { response?: { id?: unknown } } | null)?.response;
	if (!response || typeof response.id !== 'string' || response.id.length > 1024) return failed;
	const now = ctx.now();
	const challenge = challengeId
		? await takeChallenge(ctx.db, hashSessionToken(challengeId), 'authenticate', now)
		: null;
	const passkey = challenge ? await findPasskey(ctx.db, response.id) : null;
	if (!challenge || !passkey) return failed;
	try {
		const result = await verifyAuthenticationResponse({
			response: response as never,
			expectedChallenge: challenge.challenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.rpID,
			credential: {
				id: passkey.id,
				publicKey: new Uint8Array(passkey.publicKey),
				counter: passkey.counter,
				transports: transportsOf(passkey.transports)
			},
			requireUserVerification: true
		});
		if (!result.verified) return failed;
		await markPasskeyUsed(ctx.db, passkey.id, result.authenticationInfo.newCounter, now);
	} catch {
		// A signature that does not verify, a counter that went back (a cloned key), or a malformed answer.
		return failed;
	}
	return ok({ userId: passkey.userId });
}

const transportsOf = (stored: string) => (stored ? (stored.split(',') as AuthenticatorTransportFuture[]) : undefined);
