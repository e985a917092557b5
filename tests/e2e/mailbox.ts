/**
 * A real SMTP server on loopback for the journeys: every message received is appended as one JSON line
 * to a file, so tests in other processes can read what was delivered.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';

export type Delivered = { to: string[]; raw: string };

export async function startMailbox(file: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, done) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address);
				appendFileSync(file, JSON.stringify({ to, raw: Buffer.concat(chunks).toString('utf8') }) + '\n');
				done();
			});
		}
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export function readMailbox(file: string): Delivered[] {
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Delivered);
}

/** Quoted-printable soft line breaks and escapes undone, so tests can search the text. */
export function decodeBody(raw: string): string {
	return raw
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The body as text: quoted-printable undone as UTF-8 bytes (so å, ä and ö read right), headers left out. */
export function mailText(raw: string): string {
	const body = raw.slice(raw.search(/\r?\n\r?\n/)).replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < body.length; i++) {
		const hex = body[i] === '=' ? body.slice(i + 1, i + 3) : '';
		if (/^[0-9A-F]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else bytes.push(...Buffer.from(body[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n').trim();
}

/** The subject, with RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded. */
export function mailSubject(raw: string): string {
	const header = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? '';
	return header
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
			enc.toLowerCase() === 'b'
				? Buffer.from(text, 'base64').toString('utf8')
				: Buffer.from(
						text
							.replace(/_/g, ' ')
							.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
						'latin1'
					).toString('utf8')
		)
		.replace(/\r?\n[ \t]/g, ' ')
		.trim();
}

/** Waits (up to `timeoutMs`) for a delivered mail to `to` that `accept` takes; returns its subject and text. */
export async function waitForMail(
	file: string,
	to: string,
	accept: (mail: { subject: string; text: string }) => boolean = () => true,
	timeoutMs = 60_000
): Promise<{ subject: string; text: string }> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const found = readMailbox(file)
			.filter((m) => m.to.includes(to))
			.map((m) => ({ subject: mailSubject(m.raw), text: mailText(m.raw) }))
			.find(accept);
		if (found) return found;
		if (Date.now() > until) throw new Error(`No mail to ${to} within ${timeoutMs / 1000} s`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** Every http(s) address in a text. */
export const linksIn = (text: string): string[] => [...new Set(text.match(/https?:\/\/[^\s<>"”)]+/g) ?? [])];

/** Every link in a mail answers 200 (no 404, no error page); a GET of a link in a mail never changes anything. */
export async function linksWork(text: string, baseURL: string): Promise<string[]> {
	const broken: string[] = [];
	const links = linksIn(text);
	if (links.length === 0) broken.push('(no links)');
	for (const link of links) {
		if (!link.startsWith(baseURL)) broken.push(`${link} (another site)`);
		else {
			const res = await fetch(link, { redirect: 'follow' });
			if (res.status !== 200) broken.push(`${link} (${res.status})`);
		}
	}
	return broken;
}
