import { describe, expect, it } from 'vitest';
import { guardRequest, parseCleanJson, withoutControlCharacters } from './request-guard';

const URL_ = 'http://localhost/processer/trygg-storgatan/bidra';

function post(type: string | null, body: BodyInit, url = URL_): Request {
	return new Request(url, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });
}

const guard = (request: Request, params: Record<string, string> = {}, isApi = false) =>
	guardRequest(request, new URL(request.url), params, isApi);

async function statusOf(p: Promise<unknown>): Promise<number | undefined> {
	try {
		await p;
		return undefined;
	} catch (e) {
		return (e as { status?: number }).status;
	}
}

describe('request guard', () => {
	it('removes C0 control characters but keeps tab, line feed and carriage return', () => {
		expect(withoutControlCharacters('a\u0000b\u0001c\u001fd\te\nf\rg\u007fh')).toBe('abcd\te\nf\rg\u007fh');
	});

	it('hands a form route its fields without NUL, names and file names included', async () => {
		const request = post('application/x-www-form-urlencoded', 'text=a%00b&na%01me=x');
		expect(guard(request)).toEqual({ ok: true });
		const form = await request.formData();
		expect(form.get('text')).toBe('ab');
		expect(form.get('name')).toBe('x');

		const data = new FormData();
		data.append('file', new File(['x,y'], 'lista\u0000.csv', { type: 'text/csv' }));
		data.append('text', 'hej\u0000då');
		const multipart = new Request(URL_, { method: 'POST', body: data });
		expect(guard(multipart)).toEqual({ ok: true });
		const read = await multipart.formData();
		expect(read.get('text')).toBe('hejdå');
		expect((read.get('file') as File).name).toBe('lista.csv');
		expect(await (read.get('file') as File).text()).toBe('x,y');
	});

	it('refuses a broken multipart body with 400 when the route reads it', async () => {
		const request = post('multipart/form-data; boundary=xx', 'garbage');
		expect(guard(request)).toEqual({ ok: true });
		expect(await statusOf(request.formData())).toBe(400);
	});

	it('hands the API JSON without control characters, and refuses what is not JSON with 400', async () => {
		const request = post('application/json', '{"text":"a\\u0000b","li\\u0002st":["\\u0007x"]}');
		expect(guard(request, {}, true)).toEqual({ ok: true });
		expect(await request.json()).toEqual({ text: 'ab', list: ['x'] });
		const broken = post('application/json', '{');
		guard(broken, {}, true);
		expect(await statusOf(broken.json())).toBe(400);
		expect(() => parseCleanJson('['.repeat(200_000))).toThrow();
	});

	it('answers 415 for a body type the target does not take', () => {
		const refused = { ok: false, refusal: { status: 415, code: 'unsupported_media_type' } };
		expect(guard(post('text/plain', 'text=a'))).toEqual(refused);
		expect(guard(post('application/xml', '<a/>'))).toEqual(refused);
		expect(guard(post('application/x-www-form-urlencoded', 'text=a'), {}, true)).toEqual(refused);
		expect(guard(post(null, '{}'), {}, true)).toEqual(refused);
		// The sign-in pages' JSON endpoints are not in the API; SvelteKit refuses JSON to a form action itself.
		expect(guard(post('application/json', '{}'))).toEqual({ ok: true });
	});

	it('answers 404 for a control character in a path parameter', () => {
		const request = new Request('http://localhost/api/v1/processes/%00');
		expect(guard(request, { slug: '\u0000' }, true)).toEqual({
			ok: false,
			refusal: { status: 404, code: 'not_found' }
		});
	});

	it('shows a page again without the control characters of its query, and refuses them in a post', () => {
		const page = new Request('http://localhost/logga-in?next=/hantera%00&oidc=x');
		expect(guard(page)).toEqual({ ok: false, redirectTo: '/logga-in?next=%2Fhantera&oidc=x' });
		const action = post('application/x-www-form-urlencoded', 'a=b', 'http://localhost/logga-in?/x%01');
		expect(guard(action)).toEqual({ ok: false, refusal: { status: 400, code: 'bad_request' } });
	});
});
