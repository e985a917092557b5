/**
 * @module Members prioritise: dot voting (each member places up to the group's dots; a new allocation
 * replaces the old one) and a 360° assessment of each proposal — hållbarhet, legitimitet, service and
 * genomförbarhet, 1–5 each. Only members, only while proposals are worked on.
 */
import type { Actor } from '../../../domain/access/can';
import { checkDotAllocation, CRITERIA, type Scores } from '../../../domain/cocreation/proposal';
import { DEFAULT_DOTS_PER_MEMBER } from '../../../domain/cocreation/working-group';
import { err, ok, type Result } from '../../../kernel/result';
import { assessmentInputSchema } from '../../../schemas/cocreation-input';
import { findWorkingGroup, listProposals, replaceDots, saveAssessment } from './queries/cocreation';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadCocreation } from './load-cocreation';
import { zodFieldErrors } from '../process/process-input';
import { refused } from '../gate';

/** `raw.dots` maps proposal id → a number of dots (form fields `dots.<id>`); empty means 0. */
export async function allocateDots(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ used: number; of: number }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'proposal.dotVote', slug);
	if (!loaded.ok || actor.kind !== 'member') return loaded.ok ? refused() : loaded;
	const { process, audit, now } = loaded.value;
	const open = (await listProposals(ctx.db, process.id)).filter((p) => !p.withdrawnAt).map((p) => p.id);
	const of = (await findWorkingGroup(ctx.db, process.id))?.dotsPerMember ?? DEFAULT_DOTS_PER_MEMBER;
	const given = ((raw as { dots?: unknown } | null)?.dots ?? {}) as Record<string, unknown>;
	const allocation: Record<string, number> = {};
	for (const [id, v] of Object.entries(given)) {
		const s = typeof v === 'string' ? v.trim() : v;
		allocation[id] = s === '' || s === undefined ? 0 : Number(s);
	}
	const check = checkDotAllocation(allocation, open, of);
	if (!check.ok) {
		const field =
			check.reason === 'too_many'
				? `dots-${open[0] ?? ''}`
				: `dots-${Object.keys(allocation).find((id) => !Number.isInteger(allocation[id]) || allocation[id] < 0) ?? open[0]}`;
		return err({
			code: 'invalid',
			fields: [{ field, message: check.reason === 'too_many' ? 'error.dots.tooMany' : 'error.dots.whole' }]
		});
	}
	const used = Object.values(allocation).reduce((a, b) => a + b, 0);
	await ctx.db.transaction(async (tx) => {
		await replaceDots(tx, actor.memberId, Object.fromEntries(open.map((id) => [id, allocation[id] ?? 0])), now);
		await audit(tx, 'proposal.dotsPlaced', {
			allocation: Object.fromEntries(Object.entries(allocation).filter(([, n]) => n > 0)),
			used,
			of
		});
	});
	return ok({ used, of });
}

export async function assessProposal(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	proposalId: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadCocreation(ctx, actor, 'proposal.assess', slug);
	if (!loaded.ok || actor.kind !== 'member') return loaded.ok ? refused() : loaded;
	const { process, audit, now } = loaded.value;
	const proposal = (await listProposals(ctx.db, process.id)).find((p) => p.id === proposalId && !p.withdrawnAt);
	if (!proposal) return err({ code: 'not_found' });
	const parsed = assessmentInputSchema.safeParse(raw);
	if (!parsed.success)
		return err({
			code: 'invalid',
			fields: zodFieldErrors(parsed.error).map((f) => ({ ...f, field: `${f.field}-${proposal.id}` }))
		});
	const scores = Object.fromEntries(CRITERIA.map((c) => [c, parsed.data[c] as number])) as Scores;
	await ctx.db.transaction(async (tx) => {
		await saveAssessment(tx, actor.memberId, proposal.id, scores, now);
		await audit(tx, 'proposal.assessed', { proposalId: proposal.id, ...scores });
	});
	return ok({ id: proposal.id });
}
