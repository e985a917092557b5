/**
 * @module Publish or unpublish a process. Publishing requires an influence declaration that says what
 * is open to influence, who decides, when, and how participants will hear back. Publishing a next loop tells
 * those who asked for news in the loop before.
 */
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { publish, unpublish, type PublishError, type UnpublishError } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import { findPreviousLoop, findProcessBySlug, saveProcess } from './queries/processes';
import { queueNotices } from '../notifications/queue-notices';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';

export async function publishProcess(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	publicUrl?: string
): Promise<Result<Process, UseCaseError | PublishError>> {
	return changeVisibility(ctx, actor, slug, 'publish', publicUrl) as Promise<
		Result<Process, UseCaseError | PublishError>
	>;
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
	to: 'publish' | 'unpublish',
	publicUrl?: string
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
		// A next loop going public: those who asked for news in the loop before hear that it continues.
		const previous = to === 'publish' && publicUrl ? await findPreviousLoop(tx, current.id) : null;
		if (previous && publicUrl)
			await queueNotices(ctx, tx, {
				organisationId: current.organisationId,
				process: previous,
				kind: 'nextLoop',
				eventKey: `nextLoop:${current.id}`,
				publicUrl,
				now,
				params: { url: `${publicUrl}/processer/${current.slug}`, nextTitle: current.title }
			});
		return ok(result.value);
	});
}
