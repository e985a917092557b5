/**
 * @module What a request may carry, checked once in the server hook before any route sees it, so no route
 * has to remember it and bad input never becomes a server error:
 * - a route parameter (a path segment) with a control character names nothing: 404;
 * - a query string with a control character: a page is shown at the same address without it (303), anything
 *   else is refused (400);
 * - a body must be of a type the target takes: form actions take `application/x-www-form-urlencoded` and
 *   `multipart/form-data`, the JSON API `application/json`, the JSON endpoints of sign-in pages either
 *   (415 otherwise);
 * - a body that cannot be read as its type is refused (400) when a route reads it;
 * - C0 control characters other than tab, line feed and carriage return (NUL among them, which PostgreSQL
 *   refuses in text) are removed from every text a route reads from a form or JSON body, field names and
 *   file names included. Nobody types them; removing them keeps everything else a person wrote.
 *
 * Bodies are not read here: `request.formData()` and `request.json()` are wrapped, so a route reads the body
 * once, as before (uploads still check the announced size before anything is read), and gets clean values.
 */
import { error } from '@sveltejs/kit';

/** C0 control characters except tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
// eslint-disable-next-line no-control-regex -- control characters are what these find
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/** In a path segment no control character at all makes sense (nor DEL). */
// eslint-disable-next-line no-control-regex -- control characters are what these find
const CONTROL_IN_PATH = /[\u0000-\u001F\u007F]/;

export const withoutControlCharacters = (text: string): string => text.replace(CONTROL, '');
export const hasControlCharacters = (text: string): boolean => text.search(CONTROL) !== -1;

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const JSON_TYPE = 'application/json';
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The media type of a request's body, without parameters, in lower case ('' when there is none). */
export function mediaTypeOf(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase();
}

export type Refusal = {
	status: 400 | 404 | 415;
	code: 'not_found' | 'bad_request' | 'unsupported_media_type';
};
export type GuardOutcome = { ok: true } | { ok: false; refusal: Refusal } | { ok: false; redirectTo: string };

/**
 * Checks a request's path parameters, query and body type. On success the request's `formData()` and
 * `json()` are wrapped to refuse unreadable bodies (400) and hand out text without control characters.
 */
export function guardRequest(
	request: Request,
	url: URL,
	params: Partial<Record<string, string>>,
	isApi: boolean
): GuardOutcome {
	if (Object.values(params).some((value) => value !== undefined && CONTROL_IN_PATH.test(value)))
		return { ok: false, refusal: { status: 404, code: 'not_found' } };

	const query = [...url.searchParams].flat();
	if (query.some(hasControlCharacters)) {
		if (request.method !== 'GET' && request.method !== 'HEAD')
			return { ok: false, refusal: { status: 400, code: 'bad_request' } };
		const clean = new URLSearchParams();
		for (const [name, value] of url.searchParams)
			clean.append(withoutControlCharacters(name), withoutControlCharacters(value));
		const search = clean.toString();
		return { ok: false, redirectTo: url.pathname + (search ? `?${search}` : '') };
	}

	if (METHODS_WITH_BODY.has(request.method)) {
		const type = mediaTypeOf(request);
		const accepted = isApi ? type === JSON_TYPE : type === '' || type === JSON_TYPE || FORM_TYPES.includes(type);
		// Without a type a page has no body to read (SvelteKit refuses a form action without one by itself).
		if (!accepted) return { ok: false, refusal: { status: 415, code: 'unsupported_media_type' } };
		wrapBodyReaders(request);
	}
	return { ok: true };
}

/** A body that could not be read: over the size limit stays 413 (uploads say so in words), anything else 400. */
function unreadable(e: unknown, code: 'invalid_body' | 'invalid_json'): never {
	if ((e as { status?: number } | null)?.status === 413) throw e;
	error(400, {
		message: code === 'invalid_json' ? 'The body must be JSON.' : 'The form could not be read.',
		code
	});
}

function cleanFormData(form: FormData): FormData {
	const clean = new FormData();
	for (const [name, value] of form.entries()) {
		if (typeof value === 'string') clean.append(withoutControlCharacters(name), withoutControlCharacters(value));
		else
			clean.append(
				withoutControlCharacters(name),
				new File([value], withoutControlCharacters(value.name), { type: value.type, lastModified: value.lastModified })
			);
	}
	return clean;
}

/** JSON with every string and key cleaned; throws on anything that is not JSON (or is nested too deep). */
export function parseCleanJson(text: string): unknown {
	return JSON.parse(text, (_key, value: unknown) => {
		if (typeof value === 'string') return withoutControlCharacters(value);
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const keys = Object.keys(value);
			if (!keys.some(hasControlCharacters)) return value;
			return Object.fromEntries(
				Object.entries(value).map(([k, v]) => [withoutControlCharacters(k), v] as const)
			) as unknown;
		}
		return value;
	});
}

function wrapBodyReaders(request: Request): void {
	const readForm = request.formData.bind(request);
	const readText = request.text.bind(request);
	Object.defineProperties(request, {
		formData: {
			configurable: true,
			value: async (): Promise<FormData> => {
				let form: FormData;
				try {
					form = await readForm();
				} catch (e) {
					unreadable(e, 'invalid_body');
				}
				return cleanFormData(form);
			}
		},
		json: {
			configurable: true,
			value: async (): Promise<unknown> => {
				let text: string;
				try {
					text = await readText();
				} catch (e) {
					unreadable(e, 'invalid_json');
				}
				try {
					return parseCleanJson(text);
				} catch (e) {
					unreadable(e, 'invalid_json');
				}
			}
		}
	});
}
