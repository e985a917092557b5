/**
 * @module Moves queued notices into the outbox, rendered in each person's language. A person's notices wait
 * a short while (`gatherMs`) so that events that fall together go as one message; a message that gathers
 * several notices (a digest) goes at most once a day to a person; while one is due later, the notices keep
 * waiting and then go together. A person who stopped messages in the meantime gets nothing.
 */
import type { Db, Tx } from '../../db/client';
import { enqueueMessage } from './queries/outbox';
import {
	listDigestRecipientsSince,
	listPendingNotices,
	markDispatched,
	stillSubscribed,
	type PendingNotice
} from './queries/notices';
import { renderNoticeMail, renderNoticeSms, type NoticeParams } from './render-notice';

export type DispatchOptions = {
	/** How long the first of a person's notices waits for others (default 10 s; `NOTICE_GATHER_SECONDS`). */
	gatherMs?: number;
	/** At most one digest per person in this time (default a day). */
	digestEveryMs?: number;
};

export const DEFAULT_GATHER_MS = 10_000;
export const DIGEST_EVERY_MS = 24 * 60 * 60_000;

/** Returns how many messages were written to the outbox. */
export async function dispatchNotices(
	db: Db | Tx,
	now: Date,
	newId: () => string,
	options: DispatchOptions = {}
): Promise<number> {
	const gatherMs = options.gatherMs ?? DEFAULT_GATHER_MS;
	const digestEveryMs = options.digestEveryMs ?? DIGEST_EVERY_MS;
	const pending = await listPendingNotices(db);
	if (pending.length === 0) return 0;
	const hadDigest = await listDigestRecipientsSince(db, new Date(now.getTime() - digestEveryMs));
	const groups = new Map<string, PendingNotice[]>();
	for (const n of pending) {
		const key = `${n.organisationId}:${n.channel}:${n.recipientKey}`;
		groups.set(key, [...(groups.get(key) ?? []), n]);
	}
	let written = 0;
	for (const [key, list] of groups) {
		const first = list[0];
		if (now.getTime() - first.createdAt.getTime() < gatherMs) continue;
		// Several together make a digest: at most one a day; until then they wait and go together.
		if (list.length > 1 && hadDigest.has(key)) continue;
		const ids = list.map((n) => n.id);
		if (!(await stillSubscribed(db, first.organisationId, first.channel, first.recipient))) {
			await markDispatched(db, ids, null, now);
			continue;
		}
		const language = list.at(-1)!.language;
		const forRender = list.map((n) => ({ kind: n.kind, params: n.params as NoticeParams }));
		const outboxId = newId();
		await db.transaction(async (tx) => {
			const mail = first.channel === 'email' ? renderNoticeMail(language, forRender) : null;
			await enqueueMessage(tx, {
				id: outboxId,
				organisationId: first.organisationId,
				channel: first.channel,
				dedupeKey: `notice:${first.id}`,
				recipient: first.recipient,
				subject: mail?.subject ?? '',
				bodyText: mail?.body ?? renderNoticeSms(language, forRender),
				unsubscribeUrl: forRender.at(-1)!.params.unsubscribeUrl,
				now
			});
			await markDispatched(tx, ids, outboxId, now);
		});
		written++;
	}
	return written;
}
