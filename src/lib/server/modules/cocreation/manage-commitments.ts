/**
 * @module Commitments (åtaganden): for a proposal, who (the municipality, an association, residents, a
 * company…) commits to what, with an owner and a date; the status moves planned → ongoing → done, or to
 * cancelled with a reason. Never deleted.
 */
import type { Actor } from '../../../domain/access/can';
import { checkStatusChange } from '../../../domain/cocreation/commitment';
import { err, ok, type Result } from '../../../kernel/result';
import { commitmentInputSchema, commitmentStatusSchema } from '../../../schemas/cocreation-input';
import { findCommitment, insertCommitment, listProposals, updateCommitmentStatus } from './queries/cocreation';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from './load-cocreation';
import { zodFieldErrors } from '../process/process-input';

export async function addCommitment(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	proposalId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'commitment.manage', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const proposal = (await listProposals(ctx.db, process.id)).find((p) => p.id === proposalId && !p.withdrawnAt);
	if (!proposal) return err({ code: 'not_found' });
	const parsed = commitmentInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const id = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await insertCommitment(tx, {
			id,
			proposalId: proposal.id,
			...parsed.data,
			status: 'planned',
			createdAt: now,
			updatedAt: now
		});
		await audit(tx, 'commitment.added', {
			proposalId: proposal.id,
			commitmentId: id,
			party: parsed.data.party,
			owner: parsed.data.owner,
			dueOn: parsed.data.dueOn
		});
	});
	return ok({ id });
}

export async function changeCommitmentStatus(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'commitment.manage', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const commitmentId = (raw as { commitmentId?: unknown } | null)?.commitmentId;
	const commitment =
		typeof commitmentId === 'string' && /^[0-9a-f-]{36}$/i.test(commitmentId)
			? await findCommitment(ctx.db, commitmentId)
			: null;
	const proposal = commitment
		? (await listProposals(ctx.db, process.id)).find((p) => p.id === commitment.proposalId)
		: null;
	if (!commitment || !proposal) return err({ code: 'not_found' });
	const parsed = commitmentStatusSchema.safeParse(raw);
	const field = (f: string) => `${f}-${commitment.id}`;
	if (!parsed.success)
		return err({ code: 'invalid', fields: zodFieldErrors(parsed.error).map((f) => ({ ...f, field: field(f.field) })) });
	const check = checkStatusChange(commitment.status, parsed.data.status, parsed.data.reason);
	if (!check.ok) {
		const message =
			check.reason === 'reason_required'
				? 'error.commitment.reason'
				: check.reason === 'final'
					? 'error.commitment.final'
					: 'error.commitment.same';
		return err({
			code: 'invalid',
			fields: [{ field: field(check.reason === 'reason_required' ? 'reason' : 'status'), message }]
		});
	}
	await ctx.db.transaction(async (tx) => {
		await updateCommitmentStatus(
			tx,
			commitment.id,
			parsed.data.status,
			parsed.data.status === 'cancelled' ? parsed.data.reason : null,
			now
		);
		await audit(tx, 'commitment.statusChanged', {
			proposalId: proposal.id,
			commitmentId: commitment.id,
			from: commitment.status,
			to: parsed.data.status,
			reason: parsed.data.reason || undefined
		});
	});
	return ok({ id: commitment.id });
}
