/**
 * @module Staff type in a perspective gathered elsewhere — an interview, the tent, a phone call, an SMS,
 * a paper form, a meeting or a walk — with its channel. The contributor gets a receipt code like anyone.
 */
import type { Actor } from '../../../domain/access/can';
import { CHANNELS, type Channel } from '../../../domain/perspective/perspective';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { submitPerspective, type SubmitError } from './submit-perspective';

export const STAFF_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => c !== 'web');

export async function recordPerspective(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string; receipt: string; channel: Channel }, SubmitError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.record', slug);
	if (!loaded.ok) return loaded;
	const channel = (raw as { channel?: unknown } | null)?.channel as Channel;
	if (!STAFF_CHANNELS.includes(channel))
		return err({ code: 'invalid', fields: [{ field: 'channel', message: 'error.perspective.channel.choose' }] });
	const { staff } = loaded.value;
	const result = await submitPerspective(
		ctx,
		{ organisationId: staff.organisationId, slug, channel, enteredByUserId: staff.userId },
		raw
	);
	return result.ok ? ok({ ...result.value, channel }) : result;
}
