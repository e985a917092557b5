/**
 * @module A resident who lost their receipt code asks for it again with the email address or phone number they
 * gave. One message lists every perspective they left with it in the organisation. The answer is the same
 * whether or not the address is known, so the page cannot be used to find out who took part; an address gets
 * at most one such message per quarter of an hour.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '../../../kernel/result';
import { formatDate, translator, type Locale } from '../../../i18n/index';
import { perspectiveContacts, perspectives, processes, organisations } from '../../db/schema/index';
import { enqueueMessage } from '../notifications/queries/outbox';
import { normaliseEmail, normalisePhone, recipientKeyOf } from '../notifications/queries/notices';
import type { UseCaseContext } from '../context';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s-]{7,20}$/;
const WINDOW_MS = 15 * 60_000;

export type ResendError = { code: 'invalid'; fields: { field: string; message: string }[] };

export async function resendReceipts(
	ctx: UseCaseContext,
	site: { organisationId: string; publicUrl: string; language: Locale },
	rawAddress: unknown
): Promise<Result<{ queued: boolean }, ResendError>> {
	const address = typeof rawAddress === 'string' ? rawAddress.trim() : '';
	const channel = address.includes('@') ? 'email' : 'sms';
	if (address.length > 320 || !(channel === 'email' ? EMAIL : PHONE).test(address))
		return err({ code: 'invalid', fields: [{ field: 'address', message: 'error.receipt.address' }] });
	const matches =
		channel === 'email'
			? sql`lower(trim(${perspectiveContacts.email})) = ${normaliseEmail(address)}`
			: sql`regexp_replace(${perspectiveContacts.phone}, '[\\s-]', '', 'g') = ${normalisePhone(address)}`;
	const rows = await ctx.db
		.select({
			receipt: perspectives.receipt,
			createdAt: perspectives.createdAt,
			title: processes.title,
			organisation: organisations.name
		})
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.innerJoin(organisations, eq(organisations.id, processes.organisationId))
		.where(and(eq(processes.organisationId, site.organisationId), matches))
		.orderBy(asc(perspectives.createdAt))
		.limit(100);
	if (rows.length === 0) return ok({ queued: false });
	const t = translator(site.language);
	const lines = rows.map((r) =>
		t('receipt.lost.line', {
			title: r.title,
			date: formatDate(site.language, r.createdAt),
			code: r.receipt,
			receiptUrl: `${site.publicUrl}/kvitto/${r.receipt}`
		})
	);
	const now = ctx.now();
	const window = Math.floor(now.getTime() / WINDOW_MS);
	const queued = await ctx.db.transaction((tx) =>
		enqueueMessage(tx, {
			id: ctx.newId(),
			organisationId: site.organisationId,
			channel,
			// One per address and quarter of an hour: asking again and again sends nothing more.
			dedupeKey: `lostReceipts:${recipientKeyOf(channel, address)}:${window}`,
			recipient: address,
			subject: channel === 'email' ? t('receipt.lost.mail.subject') : '',
			bodyText:
				channel === 'email'
					? t('receipt.lost.mail.body', { list: lines.join('\n\n'), organisation: rows[0].organisation })
					: t('receipt.lost.sms', { list: rows.map((r) => r.receipt).join(', ') }),
			now
		})
	);
	return ok({ queued });
}
