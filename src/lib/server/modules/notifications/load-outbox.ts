/**
 * @module The staff delivery page: the organisation's messages and how many are pending, sent or failed.
 * For those who may read the audit log (`audit.view`); recipients come masked, full addresses never leave.
 */
import type { Actor } from '../../../domain/access/can';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize, refused } from '../gate';
import { countOutbox, listOutbox } from './queries/outbox';

export async function loadOutbox(ctx: UseCaseContext, actor: Actor) {
	const gate = authorize(actor, 'audit.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const [messages, counts] = await Promise.all([
		listOutbox(ctx.db, actor.organisationId, { limit: 500 }),
		countOutbox(ctx.db, actor.organisationId)
	]);
	return ok({ messages, counts });
}
