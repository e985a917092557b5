/**
 * @module Sending inputs to a receiver: one routing per perspective, all behind one new answer link (only its
 * SHA-256 stored), and one mail to the receiver listing them, queued in the caller's transaction. Used when
 * staff pass inputs on and when a receiver passes them further.
 */
import { ROUTING_LINK_DAYS } from '../../../domain/routing/routing';
import { formatDate, translator } from '../../../i18n/index';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import type { Tx } from '../../db/client';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { UseCaseContext } from '../context';
import { insertRoutings } from './queries/routing';

export type Sending = {
	organisation: { id: string; name: string };
	process: { title: string };
	/** The inputs, each with its due day and, when passed further, the routing it came from. */
	inputs: { perspectiveId: string; text: string; dueOn: string; forwardedFromId?: string }[];
	receiver: { id: string | null; name: string; email: string };
	note: string;
	routedByUserId: string | null;
	publicUrl: string;
	now: Date;
};

/** Creates the routings and queues the receiver's mail; returns the routings' ids. */
export async function sendToReceiver(ctx: UseCaseContext, tx: Tx, s: Sending): Promise<string[]> {
	const token = newSessionToken();
	const tokenHash = hashSessionToken(token);
	const linkExpiresAt = new Date(s.now.getTime() + ROUTING_LINK_DAYS * 86_400_000);
	const rows = s.inputs.map((input) => ({
		id: ctx.newId(),
		organisationId: s.organisation.id,
		perspectiveId: input.perspectiveId,
		receiverId: s.receiver.id,
		receiverName: s.receiver.name,
		receiverEmail: s.receiver.email,
		note: s.note,
		tokenHash,
		linkExpiresAt,
		dueOn: input.dueOn,
		routedByUserId: s.routedByUserId,
		routedAt: s.now,
		forwardedFromId: input.forwardedFromId ?? null
	}));
	await insertRoutings(tx, rows);
	// The receiver is an organisation's office: mail in the organisation's language (Swedish).
	const t = translator('sv');
	const due = [...s.inputs.map((i) => i.dueOn)].sort()[0];
	await enqueueMessage(tx, {
		id: ctx.newId(),
		organisationId: s.organisation.id,
		channel: 'email',
		dedupeKey: `routing:${rows[0].id}:email`,
		recipient: s.receiver.email,
		subject: t('mail.routing.subject', { title: s.process.title, due: formatDate('sv', due) }),
		bodyText: t('mail.routing.body', {
			organisation: s.organisation.name,
			count: s.inputs.length,
			title: s.process.title,
			receiver: s.receiver.name,
			note: s.note ? t('mail.routing.noteLine', { organisation: s.organisation.name, note: s.note }) : '',
			inputs: s.inputs.map((i) => `– ${i.text.replace(/\s*\n\s*/g, ' ')}`).join('\n\n'),
			due: formatDate('sv', due),
			answerUrl: `${s.publicUrl}/svar/${token}`,
			expires: formatDate('sv', linkExpiresAt)
		}),
		now: s.now
	});
	return rows.map((r) => r.id);
}
