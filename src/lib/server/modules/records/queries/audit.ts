/**
 * @module The audit log: appended in the same transaction as the change it records.
 */
import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { auditEvents, users } from '../../../db/schema/index';

export type AuditInput = {
	id: string;
	organisationId: string;
	actorUserId: string | null;
	action: string;
	entityType: string;
	entityId: string | null;
	details?: Record<string, unknown>;
	at: Date;
};

/** Appends one event: inside the transaction of the change it records, or on its own (`Db`) for refusals. */
export async function appendAudit(tx: Db | Tx, e: AuditInput): Promise<void> {
	await tx.insert(auditEvents).values({
		id: e.id,
		organisationId: e.organisationId,
		actorUserId: e.actorUserId,
		action: e.action,
		entityType: e.entityType,
		entityId: e.entityId,
		details: e.details ?? {},
		createdAt: e.at
	});
}

export type AuditEntry = {
	id: string;
	action: string;
	entityType: string;
	entityId: string | null;
	details: Record<string, unknown>;
	createdAt: Date;
	actorName: string | null;
	actorEmail: string | null;
};

export async function listAudit(
	db: Db,
	organisationId: string,
	options: { entityId?: string; limit?: number } = {}
): Promise<AuditEntry[]> {
	const where = options.entityId
		? eq(auditEvents.entityId, options.entityId)
		: eq(auditEvents.organisationId, organisationId);
	const rows = await db
		.select({
			id: auditEvents.id,
			organisationId: auditEvents.organisationId,
			action: auditEvents.action,
			entityType: auditEvents.entityType,
			entityId: auditEvents.entityId,
			details: auditEvents.details,
			createdAt: auditEvents.createdAt,
			actorName: users.name,
			actorEmail: users.email
		})
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorUserId))
		.where(where)
		.orderBy(desc(auditEvents.seq))
		.limit(options.limit ?? 200);
	// Entity filter must never cross organisations.
	return rows.filter((r) => r.organisationId === organisationId).map(({ organisationId: _o, ...rest }) => rest);
}

/**
 * Audit events for one actor at one moment: `auditAs(ctx, staff, now)(tx, 'process.published', 'process', id)`.
 * `userId` null means the system or an anonymous resident (never a person's identity).
 */
export function auditAs(
	ctx: { newId: () => string },
	actor: { organisationId: string; userId: string | null },
	at: Date
) {
	return (tx: Tx, action: string, entityType: string, entityId: string | null, details: Record<string, unknown> = {}) =>
		appendAudit(tx, {
			id: ctx.newId(),
			organisationId: actor.organisationId,
			actorUserId: actor.userId,
			action,
			entityType,
			entityId,
			details,
			at
		});
}
