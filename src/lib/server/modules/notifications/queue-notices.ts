/**
 * @module Tells everyone who asked for news in a process that something happened. Called in the
 * transaction of the step (report published, working group started, decision published …): one notice per
 * person and channel is written, at most once per event (the unique key), never to anyone who unsubscribed.
 * The dispatcher renders them in each person's language and sends them, several at once as one digest.
 */
import { eq } from 'drizzle-orm';
import type { Tx, Db } from '../../db/client';
import { notices } from '../../db/schema/index';
import { NO_RECIPIENTS, type RecipientCount } from '../../../domain/notification/audience';
import type { UseCaseContext } from '../context';
import {
	insertNotice,
	listProcessContacts,
	proposalsByPerspective,
	recipientKeyOf,
	type ProcessContact
} from './queries/notices';
import type { NoticeKind, NoticeParams } from './render-notice';

export type QueueNoticesArgs = {
	organisationId: string;
	process: { id: string; slug: string; title: string };
	kind: NoticeKind;
	/** One key per event: the same key never reaches the same person twice. */
	eventKey: string;
	publicUrl: string;
	now: Date;
	/** The facts of the event (title defaults to the process's). */
	params: Omit<NoticeParams, 'receiptUrls' | 'unsubscribeUrl' | 'title'> & { title?: string };
	/** Only those whose perspectives grew into these proposals (implementation news). */
	onlyTouching?: string[];
	/** Per person, extra facts from the proposals that grew from their perspective (decision outcomes). */
	perPerson?: { proposalIds: string[]; facts: (proposalIds: string[]) => Partial<NoticeParams> };
	/** The channels to use (default both: email and SMS, as each person gave). */
	channels?: readonly ('email' | 'sms')[];
};

/** Who would hear about an event: the people and how many mails and SMS. */
export async function noticeAudience(
	db: Db | Tx,
	processId: string,
	onlyTouching?: string[]
): Promise<{ people: number; email: number; sms: number }> {
	const contacts = await audienceOf(db, processId, onlyTouching);
	return {
		people: contacts.length,
		email: contacts.filter((c) => c.email).length,
		sms: contacts.filter((c) => c.phone).length
	};
}

/**
 * Who would newly hear about the event `eventKey`: people not told of it before on a channel, split into those
 * whose perspectives grew into `touching` (when given) and the others. Counts only: addresses never leave.
 */
export async function countUntold(
	db: Db | Tx,
	processId: string,
	eventKey: string,
	touching?: string[]
): Promise<{ touched: RecipientCount; others: RecipientCount }> {
	const contacts = await audienceOf(db, processId);
	const told = new Set(
		(
			await db
				.select({ channel: notices.channel, key: notices.recipientKey })
				.from(notices)
				.where(eq(notices.eventKey, eventKey))
		).map((n) => `${n.channel}:${n.key}`)
	);
	const byPerspective = touching ? await proposalsByPerspective(db, processId, touching) : new Map();
	const count = { touched: { ...NO_RECIPIENTS }, others: { ...NO_RECIPIENTS } };
	for (const c of withProposals(contacts, byPerspective)) {
		const email = c.email && !told.has(`email:${recipientKeyOf('email', c.email)}`);
		const sms = c.phone && !told.has(`sms:${recipientKeyOf('sms', c.phone)}`);
		if (!email && !sms) continue;
		const into = c.proposals.length > 0 ? count.touched : count.others;
		into.people++;
		if (email) into.email++;
		if (sms) into.sms++;
	}
	return count;
}

async function audienceOf(db: Db | Tx, processId: string, onlyTouching?: string[]) {
	const contacts = await listProcessContacts(db, processId);
	if (!onlyTouching) return contacts.map((c) => ({ ...c, proposals: [] as string[] }));
	const touched = await proposalsByPerspective(db, processId, onlyTouching);
	return withProposals(contacts, touched).filter((c) => c.proposals.length > 0);
}

const withProposals = (contacts: ProcessContact[], byPerspective: Map<string, string[]>) =>
	contacts.map((c) => ({
		...c,
		proposals: [...new Set(c.perspectiveIds.flatMap((id) => byPerspective.get(id) ?? []))]
	}));

/** Queues the notices; returns how many people were newly notified. */
export async function queueNotices(
	ctx: Pick<UseCaseContext, 'newId'>,
	tx: Tx,
	args: QueueNoticesArgs
): Promise<number> {
	let contacts = await audienceOf(tx, args.process.id, args.onlyTouching);
	if (args.perPerson)
		contacts = withProposals(contacts, await proposalsByPerspective(tx, args.process.id, args.perPerson.proposalIds));
	const channels = args.channels ?? ['email', 'sms'];
	let people = 0;
	for (const contact of contacts) {
		const receiptUrls = contact.receipts.map((r) => `${args.publicUrl}/kvitto/${r}`);
		const params: NoticeParams = {
			title: args.process.title,
			...args.params,
			...(args.perPerson ? args.perPerson.facts(contact.proposals) : {}),
			receiptUrls,
			unsubscribeUrl: `${receiptUrls[0]}/avregistrera`
		};
		let reached = false;
		for (const channel of channels) {
			const recipient = channel === 'email' ? contact.email : contact.phone;
			if (!recipient) continue;
			const isNew = await insertNotice(tx, {
				id: ctx.newId(),
				organisationId: args.organisationId,
				processId: args.process.id,
				kind: args.kind,
				eventKey: args.eventKey,
				channel,
				recipientKey: recipientKeyOf(channel, recipient),
				recipient,
				language: contact.language,
				params,
				createdAt: args.now
			});
			reached = isNew || reached;
		}
		if (reached) people++;
	}
	return people;
}
