/**
 * @module The OpenID Connect relying party (openid-client): authorisation code with PKCE (S256), `state` and
 * `nonce`, the provider's settings from discovery. Works with Entra ID, e-ID brokers and any standard provider.
 * What a flow must remember between leaving for the provider and coming back (`PendingSignIn`) is kept by the
 * caller, in a short-lived HttpOnly cookie; it is bound to the organisation that started it.
 */
import * as oidc from 'openid-client';
import { err, ok, type Result } from '../../kernel/result';

export type OidcClientSettings = { issuer: string; clientId: string; clientSecret: string | null };

export type PendingSignIn = {
	state: string;
	nonce: string;
	codeVerifier: string;
	organisationId: string;
	next?: string;
};

/** What the provider said about the person, from the ID token and userinfo. */
export type VerifiedClaims = { issuer: string; subject: string; claims: Record<string, unknown> };

/** Why a sign-in did not complete; words for the audit log, never a token or a claim. */
export type OidcFailure =
	'state_mismatch' | 'provider_refused' | 'provider_unreachable' | 'nonce_mismatch' | 'token_rejected';

/** Plain http is accepted for a provider on this machine only (tests, a broker's local test server). */
export function isLoopback(url: URL): boolean {
	return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const DISCOVERY_TTL_MS = 60 * 60_000;
const discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

function configurationFor(s: OidcClientSettings): Promise<oidc.Configuration> {
	const key = JSON.stringify([s.issuer, s.clientId, s.clientSecret]);
	const cached = discovered.get(key);
	if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
	const issuer = new URL(s.issuer);
	const auth = s.clientSecret ? oidc.ClientSecretBasic(s.clientSecret) : oidc.None();
	const config = oidc.discovery(issuer, s.clientId, undefined, auth, {
		execute: issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
		timeout: 10
	});
	discovered.set(key, { at: Date.now(), config });
	// A failed discovery is not kept: the next attempt asks again.
	config.catch(() => discovered.delete(key));
	return config;
}

/** Checks that an issuer answers with its OpenID configuration (used when an admin saves the settings). */
export async function checkIssuer(issuer: string): Promise<boolean> {
	try {
		const url = new URL(issuer);
		await oidc.discovery(url, 'medskapa-check', undefined, oidc.None(), {
			execute: url.protocol === 'http:' && isLoopback(url) ? [oidc.allowInsecureRequests] : [],
			timeout: 10
		});
		return true;
	} catch {
		return false;
	}
}

/** Starts a sign-in: the provider's authorisation URL and what must be remembered until the person comes back. */
export async function beginSignIn(
	settings: OidcClientSettings,
	request: { redirectUri: string; scope: string; organisationId: string; next?: string }
): Promise<Result<{ url: URL; pending: PendingSignIn }, OidcFailure>> {
	let config: oidc.Configuration;
	try {
		config = await configurationFor(settings);
	} catch {
		return err('provider_unreachable');
	}
	const codeVerifier = oidc.randomPKCECodeVerifier();
	const state = oidc.randomState();
	const nonce = oidc.randomNonce();
	const url = oidc.buildAuthorizationUrl(config, {
		redirect_uri: request.redirectUri,
		scope: request.scope,
		code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state,
		nonce
	});
	return ok({
		url,
		pending: {
			state,
			nonce,
			codeVerifier,
			organisationId: request.organisationId,
			...(request.next ? { next: request.next } : {})
		}
	});
}

/**
 * Completes a sign-in from the URL the provider sent the person back to: checks `state`, exchanges the code
 * with the PKCE verifier, checks the ID token (signature, issuer, audience, `nonce`) and reads userinfo when
 * the provider has it. The claims are returned, never stored here.
 */
export async function completeSignIn(
	settings: OidcClientSettings,
	callbackUrl: URL,
	pending: PendingSignIn
): Promise<Result<VerifiedClaims, OidcFailure>> {
	// Checked here too (openid-client does), so a mismatch has its own reason in the audit log.
	if (callbackUrl.searchParams.get('state') !== pending.state) return err('state_mismatch');
	if (callbackUrl.searchParams.has('error')) return err('provider_refused');
	let config: oidc.Configuration;
	try {
		config = await configurationFor(settings);
	} catch {
		return err('provider_unreachable');
	}
	try {
		const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
			pkceCodeVerifier: pending.codeVerifier,
			expectedState: pending.state,
			expectedNonce: pending.nonce,
			idTokenExpected: true
		});
		const idClaims = tokens.claims()!;
		let claims: Record<string, unknown> = { ...idClaims };
		if (config.serverMetadata().userinfo_endpoint) {
			const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
			claims = { ...claims, ...info };
		}
		return ok({ issuer: idClaims.iss, subject: idClaims.sub, claims });
	} catch (e) {
		return err(failureOf(e));
	}
}

function failureOf(e: unknown): OidcFailure {
	// openid-client wraps oauth4webapi's errors; the reason is somewhere along the causes.
	for (
		let at = e as { code?: string; cause?: unknown; claim?: string } | undefined, depth = 0;
		at && depth < 4;
		at = at.cause as typeof at, depth++
	) {
		if (
			at.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' &&
			(at.claim === 'nonce' || (at.cause as { claim?: string } | undefined)?.claim === 'nonce')
		)
			return 'nonce_mismatch';
		if (at.code === 'OAUTH_TIMEOUT' || at.code === 'ECONNREFUSED') return 'provider_unreachable';
	}
	return 'token_rejected';
}

/** A stored provider's client settings; a secret in the environment takes precedence over a stored one. */
export function clientSettings(
	provider: { issuer: string; clientId: string; clientSecret: string | null },
	secretFromEnv: string | undefined
): OidcClientSettings {
	return {
		issuer: provider.issuer,
		clientId: provider.clientId,
		clientSecret: secretFromEnv || provider.clientSecret || null
	};
}
