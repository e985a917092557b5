/**
 * @module Sends one SMS through a provider's HTTP API. The interface is small (`send`), so another provider
 * is one more function; the one built in speaks 46elks' format (a Swedish provider used by municipalities):
 * `POST <SMS_URL>` with a form body `from`, `to` (E.164), `message`, and HTTP Basic authentication taken
 * from the URL's user and password (e.g. `https://<api user>:<api password>@api.46elks.com/a1/sms`).
 * A local server speaking the same format runs in the tests (`testing/sms-server.ts`).
 */
import { toE164 } from '../../domain/notification/phone';

export type SmsMessage = { id: string; to: string; text: string };

export type SmsSender = { send: (msg: SmsMessage) => Promise<void>; close: () => void };

/** Longest SMS we send: 6 concatenated parts of 153 GSM characters. Longer texts are cut with an ellipsis. */
export const SMS_MAX = 918;

export class SmsError extends Error {
	constructor(
		message: string,
		readonly code: string
	) {
		super(message);
	}
}

/** An SMS sender for SMS_URL, or null when it is not set: SMS then stays queued, visible to staff. */
export function createSmsSender(
	config: { smsUrl: string | undefined; smsFrom: string },
	options: { timeoutMs?: number } = {}
): SmsSender | null {
	if (!config.smsUrl) return null;
	const url = new URL(config.smsUrl);
	const auth = url.username
		? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
		: null;
	url.username = '';
	url.password = '';
	const endpoint = url.toString();
	const timeoutMs = options.timeoutMs ?? 15_000;
	return {
		async send(msg) {
			const to = toE164(msg.to);
			// A number that can never be sent to is a permanent failure, reported like the provider would.
			if (!to) throw new SmsError(`not a phone number`, 'EBADNUMBER');
			const text = msg.text.length > SMS_MAX ? `${msg.text.slice(0, SMS_MAX - 1)}…` : msg.text;
			const body = new URLSearchParams({ from: config.smsFrom, to, message: text });
			const res = await fetch(endpoint, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', ...(auth ? { authorization: auth } : {}) },
				body,
				signal: AbortSignal.timeout(timeoutMs)
			});
			if (!res.ok) {
				const detail = (await res.text().catch(() => '')).split(/\r?\n/)[0].slice(0, 120);
				throw new SmsError(`SMS provider answered ${res.status}${detail ? `: ${detail}` : ''}`, `HTTP${res.status}`);
			}
		},
		close() {}
	};
}
