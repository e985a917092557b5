/**
 * @module A local SMS provider speaking 46elks' HTTP format (POST, form body `from`, `to`, `message`, Basic
 * authentication), for tests and for trying SMS on a laptop (`medskapa sms-test-server`). It keeps what it
 * receives and can be told to refuse a number, to check how failures reach staff.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export type ReceivedSms = { from: string; to: string; message: string; at: Date };

export type TestSmsServer = {
	/** The SMS_URL to configure, with the test credentials in it. */
	url: string;
	received: ReceivedSms[];
	/** Numbers (E.164) answered with 403, as a provider does for a blocked recipient. */
	reject: Set<string>;
	server: Server;
	close: () => Promise<void>;
};

export async function startSmsServer(
	options: { port?: number; user?: string; password?: string; onReceive?: (sms: ReceivedSms) => void } = {}
): Promise<TestSmsServer> {
	const user = options.user ?? 'test';
	const password = options.password ?? 'secret';
	const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	const received: ReceivedSms[] = [];
	const reject = new Set<string>();
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const answer = (status: number, body: string, type = 'text/plain') => {
				res.writeHead(status, { 'content-type': type });
				res.end(body);
			};
			if (req.method !== 'POST' || !req.url?.endsWith('/a1/sms')) return answer(404, 'Not found');
			if (req.headers.authorization !== expected) return answer(401, 'API access denied');
			if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
				return answer(400, 'Expected a form body');
			const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
			const from = form.get('from') ?? '';
			const to = form.get('to') ?? '';
			const message = form.get('message') ?? '';
			if (!from) return answer(400, 'Missing key from');
			if (!/^\+\d{8,15}$/.test(to)) return answer(400, 'Invalid to number');
			if (!message) return answer(400, 'Missing key message');
			if (reject.has(to)) return answer(403, 'Recipient blocked');
			const sms = { from, to, message, at: new Date() };
			received.push(sms);
			options.onReceive?.(sms);
			answer(
				200,
				JSON.stringify({
					status: 'created',
					direction: 'outgoing',
					from,
					to,
					message,
					id: `s${randomUUID().replace(/-/g, '')}`,
					created: sms.at.toISOString(),
					parts: Math.ceil(message.length / 153),
					cost: 3500
				}),
				'application/json'
			);
		});
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${user}:${password}@127.0.0.1:${port}/a1/sms`,
		received,
		reject,
		server,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
