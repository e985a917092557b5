/**
 * @module Tells the people whose perspectives a step touches that something happened: proposals built on
 * them went to decision, a decision was made, implementation moved on. Written into the outbox in the
 * caller's transaction, once per event, person and channel (email and/or SMS, as they gave), never to
 * anyone who unsubscribed. Each message links to their receipt page (the whole trace) and to stopping.
 */
import { createHash } from 'node:crypto';
import type { Tx } from '../../db/client';
import { listContactsTouchedBy } from '../decision/queries/decisions';
import { enqueueMessage } from './queries/outbox';
import type { UseCaseContext } from '../context';

export type ContributorMessage = {
	/** Mail subject and body for one person (their receipt links are given). */
	mail: (links: { receiptUrls: string[]; unsubscribeUrl: string }) => { subject: string; body: string };
	/** One short SMS (the first receipt link only). */
	sms: (links: { receiptUrl: string; unsubscribeUrl: string }) => string;
};

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/** Queues the messages and returns how many people were newly notified. */
export async function notifyContributors(
	ctx: UseCaseContext,
	tx: Tx,
	args: {
		organisationId: string;
		processId: string;
		proposalIds: string[];
		eventKey: string;
		publicUrl: string;
		now: Date;
		message: ContributorMessage;
	}
): Promise<number> {
	const contacts = await listContactsTouchedBy(tx, args.processId, args.proposalIds);
	let people = 0;
	for (const contact of contacts) {
		const receiptUrls = contact.receipts.map((r) => `${args.publicUrl}/kvitto/${r}`);
		const unsubscribeUrl = `${receiptUrls[0]}/avregistrera`;
		let reached = false;
		if (contact.email) {
			const { subject, body } = args.message.mail({ receiptUrls, unsubscribeUrl });
			reached =
				(await enqueueMessage(tx, {
					id: ctx.newId(),
					organisationId: args.organisationId,
					channel: 'email',
					dedupeKey: `${args.eventKey}:email:${hash(contact.email)}`,
					recipient: contact.email,
					subject,
					bodyText: body,
					unsubscribeUrl,
					now: args.now
				})) || reached;
		}
		if (contact.phone) {
			reached =
				(await enqueueMessage(tx, {
					id: ctx.newId(),
					organisationId: args.organisationId,
					channel: 'sms',
					dedupeKey: `${args.eventKey}:sms:${hash(contact.phone)}`,
					recipient: contact.phone,
					subject: '',
					bodyText: args.message.sms({ receiptUrl: receiptUrls[0], unsubscribeUrl }),
					now: args.now
				})) || reached;
		}
		if (reached) people++;
	}
	return people;
}
