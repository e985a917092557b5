/**
 * @module The organisation's register of receivers: departments and outside bodies (police, safety council,
 * housing company …) with a contact address. Those who run processes keep it; archiving keeps old routings
 * as they were sent.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { receiverInputSchema } from '../../../schemas/receiver-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import { findReceiver, insertReceiver, listReceivers, updateReceiver, type Receiver } from './queries/routing';

/** The register page: the receivers in use. */
export async function loadReceiversPage(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ receivers: Receiver[] }, UseCaseError>> {
	if (!authorize(actor, 'receiver.manage').ok || actor.kind !== 'staff') return refused();
	return ok({ receivers: await listReceivers(ctx.db, actor.organisationId) });
}

/** Adds a receiver (no `id`) or changes one. */
export async function saveReceiver(
	ctx: UseCaseContext,
	actor: Actor,
	id: string | null,
	raw: unknown
): Promise<Result<{ id: string; created: boolean }, UseCaseError>> {
	if (!authorize(actor, 'receiver.manage').ok || actor.kind !== 'staff') return refused();
	const existing = id ? await findReceiver(ctx.db, actor.organisationId, id) : null;
	if (id && (!existing || existing.archivedAt)) return err({ code: 'not_found' });
	const parsed = receiverInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	const audit = auditAs(ctx, actor, now);
	const receiverId = existing?.id ?? ctx.newId();
	await ctx.db.transaction(async (tx) => {
		if (existing) {
			await updateReceiver(tx, existing.id, parsed.data);
			const changed = (Object.keys(parsed.data) as (keyof typeof parsed.data)[]).filter(
				(k) => parsed.data[k] !== existing[k]
			);
			await audit(tx, 'receiver.updated', 'receiver', existing.id, { name: parsed.data.name, changed });
		} else {
			await insertReceiver(tx, {
				id: receiverId,
				organisationId: actor.organisationId,
				...parsed.data,
				createdAt: now
			});
			await audit(tx, 'receiver.created', 'receiver', receiverId, { name: parsed.data.name, kind: parsed.data.kind });
		}
	});
	return ok({ id: receiverId, created: !existing });
}

/** Takes a receiver out of the list offered for routing. */
export async function archiveReceiver(
	ctx: UseCaseContext,
	actor: Actor,
	id: string
): Promise<Result<void, UseCaseError>> {
	if (!authorize(actor, 'receiver.manage').ok || actor.kind !== 'staff') return refused();
	const existing = await findReceiver(ctx.db, actor.organisationId, id);
	if (!existing || existing.archivedAt) return err({ code: 'not_found' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await updateReceiver(tx, existing.id, { archivedAt: now });
		await auditAs(ctx, actor, now)(tx, 'receiver.archived', 'receiver', existing.id, { name: existing.name });
	});
	return ok(undefined);
}

/** The receivers for the staff API (an API token or a staff session): office addresses, for any staff reader. */
export async function readReceiversForApi(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ receivers: Omit<Receiver, 'archivedAt' | 'note'>[] }, UseCaseError | { code: 'unauthenticated' }>> {
	if (actor.kind === 'anonymous') return err({ code: 'unauthenticated' });
	if (!authorize(actor, 'perspective.read').ok || actor.kind !== 'staff') return refused();
	const receivers = await listReceivers(ctx.db, actor.organisationId);
	return ok({ receivers: receivers.map(({ archivedAt: _a, note: _n, ...r }) => r) });
}
