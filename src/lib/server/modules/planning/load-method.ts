/**
 * @module One method of the organisation's catalogue, for those who keep it up to date (`method.revise`).
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize, refused } from '../gate';
import { findMethod } from './queries/plan';

export async function loadMethodForRevision(ctx: UseCaseContext, actor: Actor, key: string) {
	const gate = authorize(actor, 'method.revise');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const method = await findMethod(ctx.db, actor.organisationId, key);
	if (!method) return err({ code: 'not_found' as const });
	return ok({ method });
}
