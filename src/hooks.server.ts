import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, translator, type Locale, type MessageKey } from '$lib/i18n';
import { app, startApp, stopApp } from '$lib/server/app';
import { SESSION_COOKIE } from '$lib/server/auth/session-token';
import { identifyApiToken, identifyRequest, recordApiTokenUse } from '$lib/server/modules/identity';
import { apiTokenRefusal } from '$lib/server/api';
import { MEMBER_SESSION_COOKIE } from '$lib/server/modules/cocreation';
import { closeAllStreams } from '$lib/server/live/harvest-broadcaster';
import { log } from '$lib/server/log';
import { recordAccessDenied, withDenialScope } from '$lib/server/security/access-denied';
import { guardRequest, type Refusal } from '$lib/server/security/request-guard';
import { apiError } from '$lib/server/api';

export const init: ServerInit = async () => {
	await startApp();
	// adapter-node emits this after it has stopped accepting requests on SIGINT/SIGTERM.
	// Live harvest streams never end by themselves: end them as soon as shutdown starts, so it does not wait.
	for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, closeAllStreams);
	process.once('sveltekit:shutdown' as never, async () => {
		await stopApp();
		log.info('database closed');
	});
};

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** Sent only over HTTPS (ORIGIN https, or the PROTOCOL_HEADER says https): browsers then never use plain HTTP here. */
const HSTS = 'max-age=31536000; includeSubDomains';

const REFUSAL_MESSAGES: Record<Refusal['code'], { api: MessageKey; page: MessageKey }> = {
	not_found: { api: 'api.routeNotFound', page: 'errorPage.notFound' },
	bad_request: { api: 'api.badRequest', page: 'request.badRequest' },
	unsupported_media_type: { api: 'api.unsupportedMediaType', page: 'request.unsupportedMediaType' }
};

/** A request refused before any route saw it: JSON `{error: {code, message}}` in the API, plain words elsewhere. */
function refusalResponse(refusal: Refusal, isApi: boolean, locale: Locale): Response {
	const messages = REFUSAL_MESSAGES[refusal.code];
	if (isApi) return apiError(refusal.status, refusal.code, messages.api, locale);
	return new Response(translator(locale)(messages.page), {
		status: refusal.status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await answer({ event, resolve });
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (event.url.protocol === 'https:') response.headers.set('strict-transport-security', HSTS);
	if (event.locals.staff || event.locals.member || event.locals.platformAdmin || event.locals.apiToken)
		response.headers.set('cache-control', 'private, no-store');
	log.info(
		{
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

/** Whether SvelteKit can decode the path (it answers 400 Malformed URI itself when it cannot). */
function isDecodable(pathname: string): boolean {
	try {
		pathname.split('%25').forEach((part) => decodeURI(part));
		return true;
	} catch {
		return false;
	}
}

const answer: Handle = async ({ event, resolve }) => {
	event.locals.actor = { kind: 'anonymous' };
	event.locals.organisation = null;
	event.locals.staff = null;
	event.locals.member = null;
	event.locals.platformAdmin = null;
	event.locals.sessionToken = null;
	event.locals.apiToken = null;
	const cookieLocale = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
	if (event.url.pathname.startsWith('/api/') && !cookieLocale) {
		event.locals.locale = /^en\b/i.test(event.request.headers.get('accept-language') ?? '') ? 'en' : DEFAULT_LOCALE;
	}
	// On a path SvelteKit cannot decode, whatever this hook throws (a redirect too) is not caught by SvelteKit and
	// would end the process: let SvelteKit answer 400 at once.
	if (!isDecodable(event.url.pathname)) return resolve(event);

	// Language switch: `?lang=en` is remembered in a cookie, then the clean URL is shown (works without JS).
	const requested = event.url.searchParams.get('lang');
	if (isLocale(requested) && event.request.method === 'GET') {
		event.cookies.set(LOCALE_COOKIE, requested, {
			path: '/',
			maxAge: 365 * 24 * 3600,
			httpOnly: false,
			sameSite: 'lax',
			secure: event.url.protocol === 'https:'
		});
		const clean = new URL(event.url);
		clean.searchParams.delete('lang');
		redirect(303, clean.pathname + clean.search);
	}

	// Bad input is refused or cleaned here, once, before anything (sessions included) looks at it.
	const isApi = event.url.pathname.startsWith('/api/');
	const guard = guardRequest(event.request, event.url, event.params, isApi);
	if (!guard.ok) {
		if ('redirectTo' in guard) redirect(303, guard.redirectTo);
		return refusalResponse(guard.refusal, isApi, event.locals.locale);
	}

	// The host decides the organisation (adapter-node takes it from ORIGIN, or HOST_HEADER behind a proxy).
	const sessionToken = event.cookies.get(SESSION_COOKIE);
	const memberToken = event.cookies.get(MEMBER_SESSION_COOKIE);
	const who = await identifyRequest(app().ctx, {
		host: event.url.host,
		sessionToken,
		memberToken,
		processSlug: event.params.slug
	});
	event.locals.organisation = who.organisation;
	event.locals.actor = who.actor;
	event.locals.staff = who.staff;
	event.locals.platformAdmin = who.platformAdmin;
	event.locals.sessionToken = who.staff || who.platformAdmin ? (sessionToken ?? null) : null;
	event.locals.member = who.member && memberToken ? { ...who.member, token: memberToken } : null;
	if (who.dropSession) event.cookies.delete(SESSION_COOKIE, { path: '/' });
	if (who.dropMemberSession) event.cookies.delete(MEMBER_SESSION_COOKIE, { path: '/' });
	// On the API, `Authorization: Bearer msk_…` is a staff tool's token: it acts as a staff member of its organisation.
	const bearer = event.url.pathname.startsWith('/api/')
		? await identifyApiToken(app().ctx, {
				organisationId: who.organisation?.id ?? null,
				authorization: event.request.headers.get('authorization'),
				method: event.request.method
			})
		: ({ kind: 'none' } as const);
	event.locals.apiToken = bearer.kind === 'none' ? null : bearer.token;
	if (bearer.kind !== 'none') event.locals.actor = bearer.actor ?? { kind: 'anonymous' };

	const locale = event.locals.locale;
	const { result: response, deniedAction } = await withDenialScope(async () =>
		bearer.kind === 'refused'
			? apiTokenRefusal(bearer, locale)
			: resolve(event, {
					transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', 'ltr')
				})
	);
	if (response.status === 403) await auditDenial(event, deniedAction);
	if (event.locals.apiToken) await auditTokenUse(event, response.status);
	return response;
};

/** Every 403 is an authorisation failure: audited after the answer is made, so no transaction of the request is involved. */
async function auditDenial(event: RequestEvent, deniedAction: string | null): Promise<void> {
	const organisationId =
		event.locals.actor.kind === 'anonymous' ? event.locals.organisation?.id : event.locals.actor.organisationId;
	if (!organisationId) return;
	const search = event.url.search;
	try {
		await recordAccessDenied(app().ctx, {
			organisationId,
			actor: event.locals.actor,
			action: deniedAction,
			route: event.route.id,
			path: event.url.pathname,
			method: event.request.method,
			formAction: search.startsWith('?/') ? search.slice(2).split('&')[0].slice(0, 60) : null,
			clientAddress: clientAddressOf(event),
			at: new Date()
		});
	} catch (e) {
		log.warn({ err: e, path: event.url.pathname }, 'could not audit a refused request');
	}
}

/** Every use of an API token is audited after the answer: token, endpoint, method, status — never the body. */
async function auditTokenUse(event: RequestEvent, status: number): Promise<void> {
	const token = event.locals.apiToken;
	const organisationId = event.locals.organisation?.id;
	if (!token || !organisationId) return;
	try {
		await recordApiTokenUse(app().ctx, {
			token,
			organisationId,
			method: event.request.method,
			route: event.route.id,
			path: event.url.pathname,
			status
		});
	} catch (e) {
		log.warn({ err: e, path: event.url.pathname }, 'could not audit an API token use');
	}
}

function clientAddressOf(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

const CLIENT_ERROR_CODES: Record<number, string> = {
	400: 'bad_request',
	404: 'not_found',
	405: 'method_not_allowed',
	413: 'too_large',
	415: 'unsupported_media_type'
};

/** Errors SvelteKit itself raises (no such action, a body type a form action does not take, …) keep their status and say so; only 5xx are logged as errors. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) {
		log.error({ err: error, path: event.url.pathname }, 'unhandled error');
		return { message: 'Internal error', code: 'internal' };
	}
	if (status === 404) return { message: 'Not found', code: 'not_found' };
	return { message, code: CLIENT_ERROR_CODES[status] ?? 'bad_request' };
};
