/**
 * @module What the outbox sent and holds, for the staff mail page and the API: recipients masked, bodies
 * never (they may hold a name or a personal link), the subject and delivery status. Those with `audit.view`.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { countOutbox, listOutbox, type OutboxEntry, type OutboxStatus } from './queries/outbox';

export type OutboxReading = { counts: Record<OutboxStatus, number>; messages: OutboxEntry[] };

export async function readOutbox(
	ctx: UseCaseContext,
	actor: Actor,
	options: { limit?: number } = {}
): Promise<Result<OutboxReading, UseCaseError | { code: 'unauthenticated' }>> {
	if (actor.kind === 'anonymous') return err({ code: 'unauthenticated' });
	if (!authorize(actor, 'audit.view').ok) return refused();
	const [messages, counts] = await Promise.all([
		listOutbox(ctx.db, actor.organisationId, { limit: options.limit ?? 500 }),
		countOutbox(ctx.db, actor.organisationId)
	]);
	// listOutbox masks the recipient and leaves the body out; the answer is only what the staff page shows.
	return ok({ counts, messages });
}
