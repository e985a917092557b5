/**
 * @module Publish or unpublish a process. Publishing requires an influence declaration that says what
 * is open to influence, who decides, when, and how participants will hear back.
 */
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { publish, unpublish, type PublishError, type UnpublishError } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import { findProcessBySlug, saveProcess } from './queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';

export async function publishProcess(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<Process, UseCaseError | PublishError>> {
	return changeVisibility(ctx, actor, slug, 'publish') as Promise<Result<Process, UseCaseError | PublishError>>;
}

export async function unpublishProcess(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<Process, UseCaseError | UnpublishError>> {
	return changeVisibility(ctx, actor, slug, 'unpublish') as Promise<Result<Process, UseCaseError | UnpublishError>>;
}

async function changeVisibility(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	to: 'publish' | 'unpublish'
): Promise<Result<Process, UseCaseError | PublishError | UnpublishError>> {
	if (!authorize(actor, 'process.publish').ok || actor.kind !== 'staff') return refused();
	const now = ctx.now();
	return ctx.db.transaction(async (tx) => {
		const current = await findProcessBySlug(tx, actor.organisationId, slug);
		if (!current) return err({ code: 'not_found' as const });
		const result = to === 'publish' ? publish(current, now) : unpublish(current, now);
		if (!result.ok) return result;
		await saveProcess(tx, result.value);
		await auditAs(ctx, actor, now)(
			tx,
			to === 'publish' ? 'process.published' : 'process.unpublished',
			'process',
			current.id
		);
		return ok(result.value);
	});
}
