/**
 * @module The organisation's list of secrecy grounds: starts with the common OSL grounds for citizen input
 * (`DEFAULT_GROUNDS`), which the organisation admin may reword, remove, or add to. Removing keeps a ground on the
 * decisions that cite it.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { groundInputSchema } from '../../../schemas/disclosure-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import {
	ensureDefaultGrounds,
	findGround,
	insertGround,
	listGrounds,
	updateGround,
	type GroundRow
} from './queries/disclosure';

/** The list as it is; an organisation that never had one sees the common grounds it will start with. */
export async function loadGroundsPage(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ grounds: GroundRow[] }, UseCaseError>> {
	if (!authorize(actor, 'disclosure.grounds').ok || actor.kind !== 'staff') return refused();
	return ok({ grounds: await listGrounds(ctx.db, actor.organisationId) });
}

/** Adds a ground (no `id`) or rewords one. */
export async function saveGround(
	ctx: UseCaseContext,
	actor: Actor,
	id: string | null,
	raw: unknown
): Promise<Result<{ id: string; created: boolean }, UseCaseError>> {
	if (!authorize(actor, 'disclosure.grounds').ok || actor.kind !== 'staff') return refused();
	const existing = id ? await findGround(ctx.db, actor.organisationId, id) : null;
	if (id && (!existing || existing.archivedAt)) return err({ code: 'not_found' });
	const parsed = groundInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	const audit = auditAs(ctx, actor, now);
	const groundId = existing?.id ?? ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await ensureDefaultGrounds(tx, actor.organisationId, now, ctx.newId);
		if (existing) {
			await updateGround(tx, existing.id, parsed.data);
			await audit(tx, 'disclosure.groundUpdated', 'disclosure_ground', existing.id, { code: parsed.data.code });
		} else {
			await insertGround(tx, { id: groundId, organisationId: actor.organisationId, ...parsed.data, createdAt: now });
			await audit(tx, 'disclosure.groundAdded', 'disclosure_ground', groundId, { code: parsed.data.code });
		}
	});
	return ok({ id: groundId, created: !existing });
}

/** Takes a ground off the list offered to reviewers. */
export async function archiveGround(
	ctx: UseCaseContext,
	actor: Actor,
	id: string
): Promise<Result<void, UseCaseError>> {
	if (!authorize(actor, 'disclosure.grounds').ok || actor.kind !== 'staff') return refused();
	const existing = await findGround(ctx.db, actor.organisationId, id);
	if (!existing || existing.archivedAt) return err({ code: 'not_found' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await updateGround(tx, existing.id, { archivedAt: now });
		await auditAs(ctx, actor, now)(tx, 'disclosure.groundRemoved', 'disclosure_ground', existing.id, {
			code: existing.code
		});
	});
	return ok(undefined);
}
