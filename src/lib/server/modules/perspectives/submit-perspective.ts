/**
 * @module A resident leaves a perspective (no account needed). It is stored — with contact details and
 * self-description in their own tables — before the receipt is shown, so nothing is lost.
 */
import { randomBytes } from 'node:crypto';
import type { Channel, Contact, Perspective, Profile } from '../../../domain/perspective/perspective';
import { isCollecting } from '../../../domain/perspective/perspective';
import { receiptFromBytes } from '../../../domain/perspective/receipt';
import { err, ok, type Result } from '../../../kernel/result';
import { perspectiveInputSchema } from '../../../schemas/perspective-input';
import { auditAs } from '../records/queries/audit';
import { insertPerspective, isReceiptTaken, listThemes } from './queries/perspectives';
import { findProcessBySlug } from '../process/queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';
import { translator, type Locale } from '../../../i18n/index';
import { queueReceipt } from '../notifications/queue-receipt';

export type SubmitError = UseCaseError | { code: 'phase_closed'; phase: string };

export async function submitPerspective(
	ctx: UseCaseContext,
	target: {
		organisationId: string;
		slug: string;
		channel?: Channel;
		enteredByUserId?: string;
		/** The form's language: messages to the contributor use it unless the input names another. */
		language?: Locale;
		/** Where links in the receipt message point (the organisation's address); no receipt message without it. */
		publicUrl?: string;
		/** The consent wording the contributor was shown or read; default the web form's, in their language. */
		consentText?: string;
	},
	raw: unknown
): Promise<Result<{ id: string; receipt: string }, SubmitError>> {
	const process = await findProcessBySlug(ctx.db, target.organisationId, target.slug);
	if (!process || !process.isPublished) return err({ code: 'not_found' });
	if (!isCollecting(process.currentPhase)) return err({ code: 'phase_closed', phase: process.currentPhase });
	const parsed = perspectiveInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const input = parsed.data;
	const fieldErrors = [];
	if (input.themeId && !(await listThemes(ctx.db, process.id)).some((t) => t.id === input.themeId)) {
		fieldErrors.push({ field: 'themeId', message: 'error.perspective.theme.unknown' });
	}
	if (input.profile.area && !process.areas.includes(input.profile.area))
		fieldErrors.push({ field: 'profile-area', message: 'error.perspective.area.unknown' });
	if (fieldErrors.length > 0) return err({ code: 'invalid', fields: fieldErrors });

	const contact: Contact = { email: input.contact.email ?? null, phone: input.contact.phone ?? null };
	const profile: Profile = {
		ageBand: input.profile.ageBand ?? null,
		area: input.profile.area ?? null,
		relation: input.profile.relation ?? null
	};
	const language: Locale = input.language ?? target.language ?? 'sv';
	const now = ctx.now();
	const perspective: Perspective = {
		id: ctx.newId(),
		processId: process.id,
		text: input.text,
		channel: target.channel ?? 'web',
		themeId: input.themeId ?? null,
		isQuote: false,
		status: 'visible',
		hiddenReason: null,
		receipt: await freeReceipt(ctx),
		createdAt: now
	};
	await ctx.db.transaction(async (tx) => {
		await insertPerspective(
			tx,
			{ ...perspective, enteredByUserId: target.enteredByUserId ?? null },
			{
				contact:
					contact.email || contact.phone
						? { ...contact, language, consentText: target.consentText ?? webConsentText(target.language ?? language) }
						: null,
				profile: profile.ageBand || profile.area || profile.relation ? profile : null,
				consentedAt: now
			}
		);
		// The audit event names the record, never the person or the text.
		await auditAs(ctx, { organisationId: target.organisationId, userId: target.enteredByUserId ?? null }, now)(
			tx,
			target.enteredByUserId ? 'perspective.recorded' : 'perspective.submitted',
			'perspective',
			perspective.id,
			{ channel: perspective.channel }
		);
		// The receipt reaches the contributor in the channel they gave, in their language, within a minute.
		if (target.publicUrl && (contact.email || contact.phone))
			await queueReceipt(ctx, tx, {
				organisationId: target.organisationId,
				process,
				perspectiveId: perspective.id,
				receipt: perspective.receipt,
				contact,
				language,
				publicUrl: target.publicUrl,
				now
			});
	});
	return ok({ id: perspective.id, receipt: perspective.receipt });
}

async function freeReceipt(ctx: UseCaseContext): Promise<string> {
	for (;;) {
		const code = receiptFromBytes(randomBytes(8));
		if (!(await isReceiptTaken(ctx.db, code))) return code;
	}
}

/** What the web form says about contact details, as the contributor read it. */
export function webConsentText(language: Locale): string {
	const t = translator(language);
	return `${t('contribute.contact')} ${t('contribute.contactHint')}`;
}
