/**
 * @module Proposals (åtgärdsförslag): drafted by the facilitator or a member, linked to the themes and
 * perspectives they answer; arguments for and against from members and the public; withdrawn or hidden
 * with a reason, never deleted.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { argumentInputSchema, proposalInputSchema, reasonSchema } from '../../../schemas/cocreation-input';
import {
	findArgument,
	hideArgument,
	insertArgument,
	insertProposal,
	listPerspectiveTexts,
	listProposals,
	withdrawProposal
} from './queries/cocreation';
import { listThemes } from '../perspectives/queries/perspectives';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from './load-cocreation';
import { zodFieldErrors } from '../process/process-input';

const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);

export async function draftProposal(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'proposal.draft', slug);
	if (!loaded.ok) return loaded;
	const parsed = proposalInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, audit, now } = loaded.value;
	const { themeIds, perspectiveIds, ...fields } = parsed.data;
	const themes = new Set((await listThemes(ctx.db, process.id)).map((t) => t.id));
	const known = await listPerspectiveTexts(ctx.db, process.id, [...new Set(perspectiveIds)]);
	if (themeIds.some((id) => !themes.has(id)))
		return err({ code: 'invalid', fields: [{ field: 'themeIds', message: 'error.cocreation.link' }] });
	if (known.length !== new Set(perspectiveIds).size)
		return err({ code: 'invalid', fields: [{ field: 'perspectiveIds', message: 'error.cocreation.link' }] });
	const id = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await insertProposal(
			tx,
			{
				id,
				processId: process.id,
				...fields,
				createdByUserId: actor.kind === 'staff' ? actor.userId : null,
				createdByMemberId: actor.kind === 'member' ? actor.memberId : null,
				createdAt: now
			},
			[...new Set(themeIds)],
			known.map((p) => p.id)
		);
		await audit(tx, 'proposal.drafted', {
			proposalId: id,
			title: fields.title,
			themes: themeIds.length,
			perspectives: known.length
		});
	});
	return ok({ id });
}

async function findOpenProposal(ctx: UseCaseContext, processId: string, proposalId: unknown) {
	if (!isUuid(proposalId)) return null;
	return (await listProposals(ctx.db, processId)).find((p) => p.id === proposalId) ?? null;
}

export async function withdrawProposalWithReason(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	proposalId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'proposal.moderate', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const proposal = await findOpenProposal(ctx, process.id, proposalId);
	if (!proposal || proposal.withdrawnAt) return err({ code: 'not_found' });
	const parsed = reasonSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	await ctx.db.transaction(async (tx) => {
		await withdrawProposal(tx, proposal.id, now, parsed.data.reason);
		await audit(tx, 'proposal.withdrawn', { proposalId: proposal.id, reason: parsed.data.reason });
	});
	return ok({ id: proposal.id });
}

/**
 * An argument for or against. A member argues as a member (any phase of the group's work); anyone else
 * argues as the public while proposals are worked on. Stored as plain text and shown as text.
 */
export async function argueProposal(
	ctx: UseCaseContext,
	actor: Actor,
	where: { slug: string; organisationId: string | null },
	proposalId: string,
	raw: unknown
): Promise<Result<{ id: string; source: 'member' | 'public' }, UseCaseError>> {
	const asMember = actor.kind === 'member';
	const loaded = await loadCocreation(
		ctx,
		actor,
		asMember ? 'proposal.argue' : 'proposal.argueInPublic',
		where.slug,
		where.organisationId
	);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const proposal = await findOpenProposal(ctx, process.id, proposalId);
	if (!proposal || proposal.withdrawnAt) return err({ code: 'not_found' });
	const parsed = argumentInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const id = ctx.newId();
	const source = asMember ? 'member' : 'public';
	await ctx.db.transaction(async (tx) => {
		await insertArgument(tx, {
			id,
			proposalId: proposal.id,
			...parsed.data,
			source,
			memberId: actor.kind === 'member' ? actor.memberId : null,
			createdAt: now
		});
		await audit(tx, 'proposal.argued', { proposalId: proposal.id, argumentId: id, side: parsed.data.side, source });
	});
	return ok({ id, source });
}

/** Hiding is for unlawful content only; the reason is recorded and shown in place of the text. */
export async function hideProposalArgument(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'proposal.moderate', slug);
	if (!loaded.ok) return loaded;
	const { process, audit, now } = loaded.value;
	const argumentId = (raw as { argumentId?: unknown } | null)?.argumentId;
	const argument = isUuid(argumentId) ? await findArgument(ctx.db, argumentId) : null;
	const proposal = argument ? await findOpenProposal(ctx, process.id, argument.proposalId) : null;
	if (!argument || !proposal || argument.hiddenAt) return err({ code: 'not_found' });
	const parsed = reasonSchema.safeParse(raw);
	if (!parsed.success)
		return err({
			code: 'invalid',
			fields: zodFieldErrors(parsed.error).map((f) => ({ ...f, field: `reason-${argument.id}` }))
		});
	await ctx.db.transaction(async (tx) => {
		await hideArgument(tx, argument.id, now, parsed.data.reason);
		await audit(tx, 'proposal.argumentHidden', {
			proposalId: proposal.id,
			argumentId: argument.id,
			reason: parsed.data.reason
		});
	});
	return ok({ id: argument.id });
}
