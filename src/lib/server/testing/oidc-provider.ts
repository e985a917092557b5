/**
 * @module A real OpenID Connect provider on loopback for tests (`oidc-provider`): discovery, authorisation
 * code with PKCE, ID tokens, userinfo — the same protocol as Entra ID or an e-ID broker. Its login and consent
 * pages are plain HTML forms (no JavaScript, nothing fetched from elsewhere), so a browser journey can sign in
 * through them, and `signIn()` walks them over HTTP for tests without a browser.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

export type TestAccount = {
	username: string;
	password: string;
	/** Claims about the person; `sub` is the account's subject identifier. */
	claims: { sub: string } & Record<string, unknown>;
};

export type TestOidcClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type TestOidcProvider = {
	issuer: string;
	client: TestOidcClient;
	accounts: TestAccount[];
	/**
	 * Follows an authorisation URL through the login and consent pages as `username` and returns the URL the
	 * provider sends the browser back to (the client's redirect URI with `code` and `state`, or `error`).
	 */
	signIn: (authorisationUrl: string | URL, username: string, password?: string) => Promise<URL>;
	close: () => Promise<void>;
};

export type TestOidcProviderOptions = {
	accounts: TestAccount[];
	redirectUris: string[];
	clientId?: string;
	clientSecret?: string;
	/**
	 * Scope → claims released for it. Defaults: `openid` (sub), email, profile and an `ssn` scope. An e-ID
	 * broker sends the identity number with `openid` alone: `{ openid: ['sub', 'personal_identity_number'] }`.
	 */
	claims?: Record<string, string[]>;
};

const DEFAULT_CLAIMS: Record<string, string[]> = {
	openid: ['sub'],
	email: ['email', 'email_verified'],
	profile: ['name', 'given_name', 'family_name'],
	ssn: ['personal_identity_number', 'birthdate']
};

export async function startOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
	const client: TestOidcClient = {
		clientId: options.clientId ?? 'medskapa-test',
		clientSecret: options.clientSecret ?? randomBytes(16).toString('hex'),
		redirectUris: options.redirectUris
	};
	const claims = options.claims ?? DEFAULT_CLAIMS;
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	const configuration: Configuration = {
		clients: [
			{
				client_id: client.clientId,
				client_secret: client.clientSecret,
				redirect_uris: client.redirectUris,
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_basic'
			}
		],
		claims,
		// Brokers and Entra ID put the requested claims in the ID token too; so does this provider.
		conformIdTokenClaims: false,
		scopes: [...new Set(['openid', ...Object.keys(claims)])],
		pkce: { required: () => true },
		features: { devInteractions: { enabled: false } },
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		// Short lives, set explicitly (the provider warns about its defaults).
		ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
		cookies: { keys: [randomBytes(32).toString('hex')] },
		findAccount: (_ctx, id) => {
			const account = options.accounts.find((a) => a.claims.sub === id);
			return account ? { accountId: id, claims: () => ({ ...account.claims }) } : undefined;
		}
	};
	const provider = new Provider(issuer, configuration);
	const handleOidc = provider.callback();
	server.on('request', (req, res) => {
		if (req.url?.startsWith('/interaction/')) {
			interaction(provider, options.accounts, req, res).catch((e: unknown) => {
				res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(String(e));
			});
		} else handleOidc(req, res);
	});

	return {
		issuer,
		client,
		accounts: options.accounts,
		signIn: (url, username, password) =>
			walkSignIn(
				new URL(url),
				username,
				password ?? options.accounts.find((a) => a.username === username)?.password ?? ''
			),
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** The provider's own pages: a login form (username and password), then a consent form. */
async function interaction(
	provider: Provider,
	accounts: TestAccount[],
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	const details = await provider.interactionDetails(req, res);
	const { uid, prompt, params } = details;
	if (req.method === 'GET')
		return page(
			res,
			200,
			prompt.name === 'login'
				? loginForm(uid, String(params.client_id), false)
				: consentForm(uid, String(params.client_id))
		);
	const form = new URLSearchParams(await body(req));
	if (form.get('abort')) {
		return void (await provider.interactionFinished(
			req,
			res,
			{ error: 'access_denied', error_description: 'The person cancelled' },
			{ mergeWithLastSubmission: false }
		));
	}
	if (prompt.name === 'login') {
		const account = accounts.find((a) => a.username === form.get('username') && a.password === form.get('password'));
		if (!account) return page(res, 200, loginForm(uid, String(params.client_id), true));
		return void (await provider.interactionFinished(
			req,
			res,
			{ login: { accountId: account.claims.sub } },
			{ mergeWithLastSubmission: false }
		));
	}
	const grant = details.grantId
		? await provider.Grant.find(details.grantId)
		: new provider.Grant({ accountId: details.session!.accountId, clientId: String(params.client_id) });
	const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
	if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
	if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
	await provider.interactionFinished(
		req,
		res,
		{ consent: { grantId: await grant!.save() } },
		{ mergeWithLastSubmission: true }
	);
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginForm(uid: string, clientId: string, failed: boolean): string {
	return `<h1>Test provider: sign in</h1><p>Signing in to ${escape(clientId)}.</p>${failed ? '<p role="alert">Wrong username or password.</p>' : ''}
<form method="post" action="/interaction/${escape(uid)}"><label for="username">Username</label><input id="username" name="username" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password"><button type="submit">Sign in</button>
<button type="submit" name="abort" value="1">Cancel</button></form>`;
}

function consentForm(uid: string, clientId: string): string {
	return `<h1>Test provider: allow ${escape(clientId)}?</h1><form method="post" action="/interaction/${escape(uid)}"><button type="submit">Allow</button>
<button type="submit" name="abort" value="1">Cancel</button></form>`;
}

function page(res: ServerResponse, status: number, html: string): void {
	res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
	res.end(
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test OIDC provider</title></head><body><main>${html}</main></body></html>`
	);
}

function body(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** A browser's part, over HTTP: follow redirects on the provider with its cookies, post the two forms. */
async function walkSignIn(start: URL, username: string, password: string): Promise<URL> {
	const jar = new Map<string, string>();
	const origin = start.origin;
	let url = start;
	let form: Record<string, string> | null = null;
	for (let step = 0; step < 20; step++) {
		const res: Response = await fetch(url, {
			method: form ? 'POST' : 'GET',
			redirect: 'manual',
			headers: {
				cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
				...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
			},
			body: form ? new URLSearchParams(form).toString() : undefined
		});
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const at = pair.indexOf('=');
			jar.set(pair.slice(0, at), pair.slice(at + 1));
		}
		form = null;
		const location = res.headers.get('location');
		if (location) {
			url = new URL(location, url);
			if (url.origin !== origin) return url;
			continue;
		}
		const html: string = await res.text();
		if (res.status !== 200) throw new Error(`The test provider answered ${res.status}: ${html.slice(0, 300)}`);
		if (html.includes('Wrong username or password')) throw new Error(`The test provider refused ${username}`);
		form = html.includes('name="password"') ? { username, password } : {};
	}
	throw new Error('The test provider did not send the browser back');
}
