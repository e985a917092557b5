/**
 * @module The organisation's audit log for the API, newest first: for those with `audit.view` (staff other
 * than elected members, and tokens, which never have an elected member's role). The actor by name, never
 * their address.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { listAudit } from './queries/audit';

export type AuditLogEntry = {
	id: string;
	action: string;
	entityType: string;
	entityId: string | null;
	details: Record<string, unknown>;
	actorName: string | null;
	createdAt: Date;
};

export async function readAuditLog(
	ctx: UseCaseContext,
	actor: Actor,
	options: { limit?: number } = {}
): Promise<Result<{ entries: AuditLogEntry[] }, UseCaseError | { code: 'unauthenticated' }>> {
	if (actor.kind === 'anonymous') return err({ code: 'unauthenticated' });
	if (!authorize(actor, 'audit.view').ok) return refused();
	const rows = await listAudit(ctx.db, actor.organisationId, {
		limit: Math.min(Math.max(options.limit ?? 200, 1), 500)
	});
	return ok({
		entries: rows.map((r) => ({
			id: r.id,
			action: r.action,
			entityType: r.entityType,
			entityId: r.entityId,
			details: r.details,
			actorName: r.actorName,
			createdAt: r.createdAt
		}))
	});
}
