/**
 * @module A real SMTP server on 127.0.0.1 (random port) that keeps what it receives, for database tests
 * that check what mail was delivered, and enough MIME parsing to read it back.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { to: string[]; raw: string };

export type TestSmtp = {
	url: string;
	received: Received[];
	reject: Set<string>;
	delayMs: number;
	close: () => Promise<void>;
};

export async function startSmtp(): Promise<TestSmtp> {
	const received: Received[] = [];
	const reject = new Set<string>();
	const state = { delayMs: 0 };
	const server = new SMTPServer({
		authOptional: true,
		disableReverseLookup: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onRcptTo(address, _session, callback) {
			if (reject.has(address.address)) {
				const error = Object.assign(new Error(`Mailbox unavailable: <${address.address}>`), { responseCode: 550 });
				return callback(error);
			}
			callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push({
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				setTimeout(() => callback(), state.delayMs);
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		reject,
		get delayMs() {
			return state.delayMs;
		},
		set delayMs(ms: number) {
			state.delayMs = ms;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Enough MIME to read what arrived: unfolded headers, encoded words, quoted-printable or base64 body. */
export function parseMail(raw: string): { headers: Map<string, string>; body: string } {
	const split = raw.indexOf('\r\n\r\n');
	const headerLines = raw
		.slice(0, split)
		.replace(/\r\n[ \t]+/g, ' ')
		.split('\r\n');
	const headers = new Map<string, string>();
	for (const line of headerLines) {
		const colon = line.indexOf(':');
		headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
	}
	const bodyRaw = raw.slice(split + 4).replace(/\r\n\.?$/, '');
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	let bytes: Buffer;
	if (encoding === 'quoted-printable') bytes = qpDecode(bodyRaw.replace(/=\r\n/g, ''));
	else if (encoding === 'base64') bytes = Buffer.from(bodyRaw, 'base64');
	else bytes = Buffer.from(bodyRaw, 'utf8');
	return { headers, body: bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

function qpDecode(s: string): Buffer {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
			out.push(parseInt(s.slice(i + 1, i + 3), 16));
			i += 2;
		} else out.push(...Buffer.from(s[i], 'utf8'));
	}
	return Buffer.from(out);
}

function decodeWords(value: string): string {
	const decoded = value.replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)\s+(?==\?)/gi, '$1');
	return decoded.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_m, charset: string, kind: string, text: string) => {
		if (charset.toLowerCase() !== 'utf-8') throw new Error(`unexpected charset ${charset}`);
		const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qpDecode(text.replace(/_/g, ' '));
		return bytes.toString('utf8');
	});
}
