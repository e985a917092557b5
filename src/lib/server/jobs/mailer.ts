/**
 * @module Sends one plain-text mail over SMTP (nodemailer). One connection per message, no pool, short
 * timeouts: the outbox worker retries, so a slow or absent server must fail fast rather than hang.
 */
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Config } from '../config';

export type MailMessage = {
	/** The outbox id; also used in the Message-ID so a receiving server can spot a resend. */
	id: string;
	to: string;
	subject: string;
	text: string;
	/** Slot for the `List-Unsubscribe` header (a mailto: or https: address), once unsubscribing exists. */
	listUnsubscribe?: string;
};

export type Mailer = {
	send: (msg: MailMessage) => Promise<void>;
	close: () => void;
};

/** Timeouts in milliseconds; settings in SMTP_URL's query string (e.g. `?socketTimeout=60000`) win. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 };

/** A mailer for SMTP_URL, or null when it is not set: mail then stays queued and staff see it as not sent. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
	if (!config.smtpUrl) return null;
	// No pool, even if SMTP_URL asks for one: one short connection per message is easy to reason about.
	const { pool: _pool, ...fromUrl } = parseConnectionUrl(config.smtpUrl) as SMTPTransport.Options & { pool?: unknown };
	const options: SMTPTransport.Options = { ...TIMEOUTS, ...fromUrl };
	const transport = nodemailer.createTransport(options);
	const domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'medskapa.localhost';
	return {
		async send(msg) {
			await transport.sendMail({
				from: config.mailFrom,
				to: msg.to,
				subject: msg.subject,
				text: msg.text,
				textEncoding: 'quoted-printable',
				messageId: `<${msg.id}@${domain}>`,
				headers: { 'Auto-Submitted': 'auto-generated' },
				...(msg.listUnsubscribe ? { list: { unsubscribe: msg.listUnsubscribe } } : {})
			});
		},
		close() {
			transport.close();
		}
	};
}
