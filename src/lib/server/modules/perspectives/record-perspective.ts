/**
 * @module Staff type in a perspective gathered elsewhere — an interview, the tent, a phone call, an SMS,
 * a paper form, a meeting or a walk — with its channel. The contributor gets a receipt code like anyone, and,
 * when they give a contact and say yes to the wording read out to them, the receipt message in their language.
 */
import type { Actor } from '../../../domain/access/can';
import { CHANNELS, type Channel } from '../../../domain/perspective/perspective';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { isLocale, translator } from '../../../i18n/index';
import { loadProcessFor } from '../process/load-process-for-staff';
import { submitPerspective, type SubmitError } from './submit-perspective';

export const STAFF_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => c !== 'web');

export async function recordPerspective(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown,
	publicUrl?: string
): Promise<Result<{ id: string; receipt: string; channel: Channel }, SubmitError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.record', slug);
	if (!loaded.ok) return loaded;
	const channel = (raw as { channel?: unknown } | null)?.channel as Channel;
	if (!STAFF_CHANNELS.includes(channel))
		return err({ code: 'invalid', fields: [{ field: 'channel', message: 'error.perspective.channel.choose' }] });
	const { staff } = loaded.value;
	// A contact recorded for someone else needs their yes to the wording read out to them.
	const input = (raw ?? {}) as {
		contact?: { email?: unknown; phone?: unknown; consent?: unknown };
		language?: unknown;
	};
	const given = (v: unknown) => typeof v === 'string' && v.trim() !== '';
	if ((given(input.contact?.email) || given(input.contact?.phone)) && input.contact?.consent !== 'yes')
		return err({
			code: 'invalid',
			fields: [{ field: 'contact-consent', message: 'error.perspective.consent.required' }]
		});
	const language = isLocale(input.language) ? input.language : 'sv';
	const result = await submitPerspective(
		ctx,
		{
			organisationId: staff.organisationId,
			slug,
			channel,
			enteredByUserId: staff.userId,
			language,
			publicUrl,
			consentText: translator(language)('record.consentText')
		},
		raw
	);
	return result.ok ? ok({ ...result.value, channel }) : result;
}
