/**
 * @module The organisation's audit log: who did what, when. Only for those who may read it (`audit.view`):
 * it names staff and their addresses.
 */
import type { Actor } from '../../../domain/access/can';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize, refused } from '../gate';
import { listAudit } from './queries/audit';

/** The newest entries first, at most `AUDIT_LOG_LIMIT`. */
export const AUDIT_LOG_LIMIT = 500;

export async function loadAuditLog(ctx: UseCaseContext, actor: Actor) {
	const gate = authorize(actor, 'audit.view');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	return ok({ entries: await listAudit(ctx.db, actor.organisationId, { limit: AUDIT_LOG_LIMIT }) });
}
