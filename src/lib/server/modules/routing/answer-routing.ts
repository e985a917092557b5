/**
 * @module The receiver's side, through the private answer link (no account): see the inputs and staff's note,
 * answer them, or pass them on to another address (a new link; this one stops working). Only the link's
 * SHA-256 is stored. An unknown, expired or used link is one answer, `gone`, so a link cannot be probed.
 * The answer reaches each author who left a contact (mail and/or SMS, in their language) through the outbox
 * and shows on the trace of their receipt.
 */
import { createHash } from 'node:crypto';
import { linkIsUsable } from '../../../domain/routing/routing';
import { err, ok, type Result } from '../../../kernel/result';
import { isLocale, translator } from '../../../i18n/index';
import { answerInputSchema, forwardInputSchema } from '../../../schemas/routing-input';
import { hashSessionToken } from '../../auth/session-token';
import type { Tx } from '../../db/client';
import type { FieldError, UseCaseContext } from '../context';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { PublicSite } from '../process/load-public-process';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import {
	findContactOfPerspective,
	findOrganisationForRouting,
	listRoutingsByTokenHash,
	markAnswered,
	markForwarded,
	type RoutingRow
} from './queries/routing';
import { sendToReceiver } from './send-routing';

export type AnswerLinkError = { code: 'gone' } | { code: 'invalid'; fields: FieldError[] };

/** The routings behind a link that can still be answered, all of this organisation; none → gone. */
async function openRoutings(ctx: UseCaseContext, site: PublicSite, token: string): Promise<RoutingRow[]> {
	if (!site.organisationId || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return [];
	const now = ctx.now();
	const rows = await listRoutingsByTokenHash(ctx.db, hashSessionToken(token));
	return rows.filter((r) => r.organisationId === site.organisationId && linkIsUsable(r, now));
}

export type AnswerPage = {
	organisation: string;
	process: { title: string };
	receiver: string;
	note: string;
	dueOn: string;
	inputs: { id: string; text: string | null; themeName: string | null }[];
};

/** What the receiver sees: the inputs (text only, never a contact) and staff's note. Changes nothing. */
export async function loadAnswerPage(
	ctx: UseCaseContext,
	site: PublicSite,
	token: string
): Promise<Result<AnswerPage, { code: 'gone' }>> {
	const rows = await openRoutings(ctx, site, token);
	if (rows.length === 0) return err({ code: 'gone' });
	const organisation = await findOrganisationForRouting(ctx.db, rows[0].organisationId);
	return ok({
		organisation: organisation?.name ?? '',
		process: { title: rows[0].process.title },
		receiver: rows[0].receiverName,
		note: rows[0].note,
		dueOn: [...rows.map((r) => r.dueOn)].sort()[0],
		inputs: rows.map((r) => ({
			id: r.id,
			text: r.perspective.status === 'withdrawn' ? null : r.perspective.text,
			themeName: r.perspective.themeName
		}))
	});
}

const hash = (s: string) => createHash('sha256').update(s.trim().toLowerCase()).digest('hex').slice(0, 32);

/** The receiver answers every input behind the link with one text, signed with their name and role. */
export async function answerRouting(
	ctx: UseCaseContext,
	site: PublicSite,
	token: string,
	raw: unknown,
	publicUrl: string
): Promise<Result<{ answered: number; notified: number }, AnswerLinkError>> {
	const rows = await openRoutings(ctx, site, token);
	if (rows.length === 0) return err({ code: 'gone' });
	const parsed = answerInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	const organisationId = rows[0].organisationId;
	let answered: string[] = [];
	let notified = 0;
	await ctx.db.transaction(async (tx) => {
		answered = await markAnswered(
			tx,
			rows.map((r) => r.id),
			{ text: parsed.data.answer, by: parsed.data.answeredBy, at: now }
		);
		for (const row of rows.filter((r) => answered.includes(r.id)))
			notified += await tellAuthor(ctx, tx, row, parsed.data, publicUrl, now);
		// The receiver has no account: no actor, and never the answer text in the log.
		await auditAs(ctx, { organisationId, userId: null }, now)(tx, 'routing.answered', 'routing', rows[0].id, {
			routings: answered,
			receiver: rows[0].receiverName,
			notified
		});
	});
	if (answered.length === 0) return err({ code: 'gone' });
	return ok({ answered: answered.length, notified });
}

/** Queues the answer to the perspective's author, if they left a contact and still want messages. */
async function tellAuthor(
	ctx: UseCaseContext,
	tx: Tx,
	row: RoutingRow,
	answer: { answer: string; answeredBy: string },
	publicUrl: string,
	now: Date
): Promise<number> {
	const contact = await findContactOfPerspective(tx, row.perspectiveId);
	if (!contact || contact.unsubscribedAt) return 0;
	const t = translator(isLocale(contact.language) ? contact.language : 'sv');
	const receiptUrl = `${publicUrl}/kvitto/${contact.receipt}`;
	const unsubscribeUrl = `${receiptUrl}/avregistrera`;
	let reached = false;
	if (contact.email)
		reached =
			(await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId: row.organisationId,
				channel: 'email',
				dedupeKey: `routing.answered:${row.id}:email:${hash(contact.email)}`,
				recipient: contact.email,
				subject: t('mail.routingAnswer.subject', { receiver: row.receiverName }),
				bodyText: t('mail.routingAnswer.body', {
					title: row.process.title,
					receiver: row.receiverName,
					by: answer.answeredBy,
					answer: answer.answer,
					receiptUrl,
					unsubscribeUrl
				}),
				unsubscribeUrl,
				now
			})) || reached;
	if (contact.phone)
		reached =
			(await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId: row.organisationId,
				channel: 'sms',
				dedupeKey: `routing.answered:${row.id}:sms:${hash(contact.phone.replace(/[\s-]/g, ''))}`,
				recipient: contact.phone,
				subject: '',
				bodyText: t('sms.routingAnswer', { receiver: row.receiverName, title: row.process.title, receiptUrl }),
				now
			})) || reached;
	return reached ? 1 : 0;
}

/** The receiver passes every input behind the link to another address; the new receiver gets a link of their own. */
export async function forwardRouting(
	ctx: UseCaseContext,
	site: PublicSite,
	token: string,
	raw: unknown,
	publicUrl: string
): Promise<Result<{ forwarded: number }, AnswerLinkError>> {
	const rows = await openRoutings(ctx, site, token);
	if (rows.length === 0) return err({ code: 'gone' });
	const parsed = forwardInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	const organisationId = rows[0].organisationId;
	const organisation = (await findOrganisationForRouting(ctx.db, organisationId))!;
	let forwarded: string[] = [];
	await ctx.db.transaction(async (tx) => {
		forwarded = await markForwarded(
			tx,
			rows.map((r) => r.id)
		);
		const passed = rows.filter((r) => forwarded.includes(r.id));
		if (passed.length === 0) return;
		const created = await sendToReceiver(ctx, tx, {
			organisation: { id: organisationId, name: organisation.name },
			process: { title: rows[0].process.title },
			// Passing on does not move the due day: the organisation's promise to the author stands.
			inputs: passed.map((r) => ({
				perspectiveId: r.perspectiveId,
				text: r.perspective.status === 'withdrawn' ? '' : r.perspective.text,
				dueOn: r.dueOn,
				forwardedFromId: r.id
			})),
			receiver: { id: null, name: parsed.data.name, email: parsed.data.email },
			note: parsed.data.note || rows[0].note,
			routedByUserId: null,
			publicUrl,
			now
		});
		await auditAs(ctx, { organisationId, userId: null }, now)(tx, 'routing.forwarded', 'routing', rows[0].id, {
			from: rows[0].receiverName,
			to: parsed.data.name,
			routings: created
		});
	});
	if (forwarded.length === 0) return err({ code: 'gone' });
	return ok({ forwarded: forwarded.length });
}
