/**
 * One request to the app over plain HTTP, as a browser form would send it (for the journeys that ask the server
 * many questions without a browser: the permission table and the cross-organisation probe). The Host header
 * names the organisation; a posted form carries its Origin. A live stream (server-sent events) never ends: its
 * status and first bytes are the answer.
 */
import { request } from 'node:http';

export type Reply = { status: number; location: string; body: string; cookies: string[] };

export function sendForm(
	port: number,
	host: string,
	method: string,
	path: string,
	options: { cookie?: string; form?: Record<string, string> } = {}
): Promise<Reply> {
	const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
	const headers: Record<string, string> = { host: `${host}:${port}`, accept: 'text/html' };
	if (options.cookie) headers.cookie = options.cookie;
	if (body !== undefined)
		Object.assign(headers, {
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': String(Buffer.byteLength(body)),
			origin: `http://${host}:${port}`
		});
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, method, path, headers, timeout: 30_000 }, (res) => {
			if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
				res.once('data', (c: Buffer) => {
					ok({ status: res.statusCode ?? 0, location: '', body: c.toString('utf8'), cookies: [] });
					req.destroy();
				});
				return;
			}
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				ok({
					status: res.statusCode ?? 0,
					location: String(res.headers.location ?? ''),
					body: Buffer.concat(chunks).toString('utf8'),
					cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0])
				})
			);
		});
		req.on('timeout', () => req.destroy(new Error(`${method} ${path} at ${host} took over 30 s`)));
		req.on('error', fail);
		req.end(body);
	});
}
