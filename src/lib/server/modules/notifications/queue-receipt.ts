/**
 * @module The receipt message: a contributor who left an email address or phone number gets their receipt
 * code by mail or SMS, in their language, with a link to its trace, what happens next and when (from the
 * influence declaration) and how to stop messages. Queued in the transaction that stores the perspective.
 */
import type { Tx } from '../../db/client';
import { translator, type Locale } from '../../../i18n/index';
import type { Process } from '../../../domain/process/process';
import type { UseCaseContext } from '../context';
import { enqueueMessage } from './queries/outbox';
import { normaliseEmail } from './queries/notices';

export async function queueReceipt(
	ctx: Pick<UseCaseContext, 'newId'>,
	tx: Tx,
	args: {
		organisationId: string;
		process: Pick<Process, 'title' | 'influence'>;
		perspectiveId: string;
		receipt: string;
		contact: { email: string | null; phone: string | null };
		language: Locale;
		publicUrl: string;
		now: Date;
	}
): Promise<void> {
	const t = translator(args.language);
	const receiptUrl = `${args.publicUrl}/kvitto/${args.receipt}`;
	const unsubscribeUrl = `${receiptUrl}/avregistrera`;
	const { influence } = args.process;
	if (args.contact.email)
		await enqueueMessage(tx, {
			id: ctx.newId(),
			organisationId: args.organisationId,
			channel: 'email',
			dedupeKey: `receipt:${args.perspectiveId}:email`,
			recipient: normaliseEmail(args.contact.email),
			subject: t('receipt.mail.subject', { title: args.process.title }),
			bodyText: t('receipt.mail.body', {
				title: args.process.title,
				code: args.receipt,
				receiptUrl,
				whatNext: influence.feedbackHow,
				whoDecides: influence.whoDecides,
				decisionWhen: influence.decisionWhen,
				unsubscribeUrl
			}),
			unsubscribeUrl,
			now: args.now
		});
	if (args.contact.phone)
		await enqueueMessage(tx, {
			id: ctx.newId(),
			organisationId: args.organisationId,
			channel: 'sms',
			dedupeKey: `receipt:${args.perspectiveId}:sms`,
			recipient: args.contact.phone,
			subject: '',
			bodyText: t('receipt.sms', { title: args.process.title, code: args.receipt, receiptUrl, unsubscribeUrl }),
			now: args.now
		});
}
