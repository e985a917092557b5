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
