/**
 * @module A participant takes part in the statements module without an account: one statement at a time
 * (chosen by the opinion map's routing priority), agree / disagree / pass, the last vote wins; and they
 * may submit a statement of their own, which waits for moderation. The participant is an anonymous cookie
 * token; its row is created at the first vote or submission.
 */
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import type { OpinionView } from '../../../domain/statement/opinion-view';
import {
	checkVote,
	nextStatement,
	progress,
	VOTE_VALUE,
	voteChoiceOf,
	type Statement,
	type VoteChoice
} from '../../../domain/statement/statement';
import { statementInputSchema, voteInputSchema } from '../../../schemas/statements';
import { hashParticipantToken, routingDraw } from '../../auth/participant-token';
import { auditAs } from '../records/queries/audit';
import { findProcessBySlug } from '../process/queries/processes';
import {
	ensureParticipant,
	findParticipantByTokenHash,
	findStatement,
	findStatementModule,
	insertStatement,
	listStatements,
	upsertVote,
	votesOfParticipant,
	type StatementModule
} from './queries/statements';
import { opinionMaps, type OpinionMapService } from '../../opinion-map/service';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

/**
 * Who takes part: the anonymous cookie token, and — when the resident has verified who they are — the
 * organisation's pseudonym for them. A verified resident is one participant whichever browser they use.
 */
export type ParticipantTarget = { organisationId: string; slug: string; token: string; pseudonym?: string | null };
export type TakePartError =
	UseCaseError | { code: 'closed' } | { code: 'statement_not_found' } | { code: 'verification_required' };

export const participantKeyOf = (t: ParticipantTarget) =>
	hashParticipantToken(t.pseudonym ? `verified:${t.pseudonym}` : t.token);
/** The same next statement for the same participant, whichever browser they use. */
const routingSeedOf = (t: ParticipantTarget) => t.pseudonym ?? t.token;

/** A published process with a statements module (open or closed); anything else does not exist publicly. */
async function findModuleProcess(
	ctx: UseCaseContext,
	organisationId: string,
	slug: string
): Promise<{ process: Process; module: StatementModule } | null> {
	const process = await findProcessBySlug(ctx.db, organisationId, slug);
	if (!process || !process.isPublished) return null;
	const module = await findStatementModule(ctx.db, process.id);
	return module ? { process, module } : null;
}

export async function hasStatementsModule(ctx: UseCaseContext, processId: string): Promise<StatementModule | null> {
	return findStatementModule(ctx.db, processId);
}

export type ParticipantPage = {
	process: Process;
	isOpen: boolean;
	next: Pick<Statement, 'id' | 'text'> | null;
	progress: { voted: number; total: number; done: boolean };
	/** The statement just voted on, with the vote, so it can be changed (last vote wins). */
	previous: { id: string; text: string; vote: VoteChoice } | null;
	/** One person, one vote: voting needs a verified identity, and whether this participant has one. */
	requiresVerifiedIdentity: boolean;
	isVerified: boolean;
};

export async function loadParticipantPage(
	ctx: UseCaseContext,
	target: ParticipantTarget,
	previousId: string | null,
	maps: OpinionMapService = opinionMaps()
): Promise<Result<ParticipantPage, UseCaseError>> {
	const found = await findModuleProcess(ctx, target.organisationId, target.slug);
	if (!found) return err({ code: 'not_found' });
	const { process, module } = found;
	const participantId = await findParticipantByTokenHash(ctx.db, participantKeyOf(target));
	const votes = participantId ? await votesOfParticipant(ctx.db, process.id, participantId) : new Map<string, number>();
	const statements = await listStatements(ctx.db, process.id);
	const voted = new Set(votes.keys());
	const priorities = maps.latest(ctx.db, process.id)?.view.priorities ?? {};
	const nextId = nextStatement(statements, voted, priorities, routingDraw(routingSeedOf(target), voted.size));
	const next = statements.find((s) => s.id === nextId) ?? null;
	const prev = previousId
		? statements.find((s) => s.id === previousId && s.status === 'approved' && votes.has(s.id))
		: undefined;
	return ok({
		process,
		isOpen: module.isOpen,
		next: next ? { id: next.id, text: next.text } : null,
		progress: progress(statements, voted),
		previous: prev ? { id: prev.id, text: prev.text, vote: voteChoiceOf(votes.get(prev.id)!) } : null,
		requiresVerifiedIdentity: module.requiresVerifiedIdentity,
		isVerified: Boolean(target.pseudonym)
	});
}

export async function castVote(
	ctx: UseCaseContext,
	target: ParticipantTarget,
	raw: unknown,
	maps: OpinionMapService = opinionMaps()
): Promise<
	Result<
		{ statementId: string; vote: VoteChoice; replaced: boolean; progress: { voted: number; total: number } },
		TakePartError
	>
> {
	const found = await findModuleProcess(ctx, target.organisationId, target.slug);
	if (!found) return err({ code: 'not_found' });
	const parsed = voteInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, module } = found;
	if (module.requiresVerifiedIdentity && !target.pseudonym) return err({ code: 'verification_required' });
	const statement = await findStatement(ctx.db, process.id, parsed.data.statementId);
	const allowed = checkVote(module.isOpen, statement);
	if (!allowed.ok) return err(allowed.error.code === 'closed' ? allowed.error : { code: 'statement_not_found' });
	const now = ctx.now();
	const value = VOTE_VALUE[parsed.data.vote];
	const { participantId, before } = await ctx.db.transaction(async (tx) => {
		const id = await ensureParticipant(tx, ctx.newId(), participantKeyOf(target), now);
		const earlier = await votesOfParticipant(tx, process.id, id);
		await upsertVote(tx, {
			statementId: statement!.id,
			participantId: id,
			processId: process.id,
			vote: value,
			at: now
		});
		return { participantId: id, before: earlier };
	});
	// Votes are not audited one by one (they are the data, not a staff change); the map takes them after commit.
	maps.noteVotes(ctx.db, process.id, [{ participant: participantId, statement: statement!.id, vote: value }]);
	const statements = await listStatements(ctx.db, process.id);
	const voted = new Set([...before.keys(), statement!.id]);
	const p = progress(statements, voted);
	return ok({
		statementId: statement!.id,
		vote: parsed.data.vote,
		replaced: before.has(statement!.id),
		progress: { voted: p.voted, total: p.total }
	});
}

/** A participant's own statement: stored as pending, shown to others only after moderation. */
export async function submitStatement(
	ctx: UseCaseContext,
	target: ParticipantTarget,
	raw: unknown
): Promise<Result<{ id: string }, TakePartError>> {
	const found = await findModuleProcess(ctx, target.organisationId, target.slug);
	if (!found) return err({ code: 'not_found' });
	const parsed = statementInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, module } = found;
	if (!module.isOpen) return err({ code: 'closed' });
	const now = ctx.now();
	const statement: Statement = {
		id: ctx.newId(),
		processId: process.id,
		text: parsed.data.text,
		origin: 'participant',
		status: 'pending',
		rejectedReason: null,
		createdAt: now
	};
	await ctx.db.transaction(async (tx) => {
		const participantId = await ensureParticipant(tx, ctx.newId(), participantKeyOf(target), now);
		await insertStatement(tx, { ...statement, participantId });
		// Names the record only, never the participant.
		await auditAs(ctx, { organisationId: target.organisationId, userId: null }, now)(
			tx,
			'statement.submitted',
			'statement',
			statement.id,
			{ processId: process.id }
		);
	});
	return ok({ id: statement.id });
}

export type PublicOpinionMap = {
	process: Process;
	isOpen: boolean;
	computedAt: Date | null;
	view: OpinionView | null;
	/** Texts of the statements the view names (approved ones). */
	texts: Record<string, string>;
};

/** The latest computed map of a process; waits up to `waitMs` for the very first one. */
export async function loadOpinionMap(
	ctx: UseCaseContext,
	organisationId: string,
	slug: string,
	waitMs = 5000,
	maps: OpinionMapService = opinionMaps()
): Promise<Result<PublicOpinionMap, UseCaseError>> {
	const found = await findModuleProcess(ctx, organisationId, slug);
	if (!found) return err({ code: 'not_found' });
	const { process, module } = found;
	const computed = await maps.waitForMap(ctx.db, process.id, waitMs);
	const statements = await listStatements(ctx.db, process.id);
	const texts = Object.fromEntries(statements.filter((s) => s.status === 'approved').map((s) => [s.id, s.text]));
	return ok({
		process,
		isOpen: module.isOpen,
		computedAt: computed?.computedAt ?? null,
		view: computed ? onlyShown(computed.view, texts) : null,
		texts
	});
}

/** A statement rejected after the last computation drops out at once, before the next tick. */
function onlyShown(view: OpinionView, texts: Record<string, string>): OpinionView {
	const shown = (s: { statementId: string }) => s.statementId in texts;
	return {
		...view,
		groups: view.groups.map((g) => ({
			...g,
			representative: g.representative.filter(shown),
			setApart: g.setApart.filter(shown)
		})),
		broadAgreement: view.broadAgreement.filter(shown),
		consensus: { agree: view.consensus.agree.filter(shown), disagree: view.consensus.disagree.filter(shown) },
		divisive: view.divisive.filter(shown),
		byStatement: view.byStatement.filter(shown)
	};
}
