/**
 * @module The facilitator runs the statements module of a process: opens and closes it, writes the first
 * statements, and moderates what participants submit. Every change is audited in the same transaction;
 * nothing is deleted (a rejected statement keeps its reason and its votes, moderated out of the map).
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { moderate, type Statement } from '../../../domain/statement/statement';
import { moderationInputSchema, statementInputSchema } from '../../../schemas/statements';
import { auditAs } from '../records/queries/audit';
import {
	countStatements,
	findStatement,
	findStatementModule,
	insertStatement,
	listStatements,
	saveStatementModule,
	saveVerifiedIdentityRequired,
	updateStatementStatus,
	voteStats,
	votesPerStatement,
	type StatementModule
} from './queries/statements';
import { findIdentityProvider } from '../identity/queries/identity';
import { opinionMaps, type OpinionMapService } from '../../opinion-map/service';
import type { UseCaseContext, UseCaseError } from '../context';
import { permissions } from '../gate';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export type StatementsAdminError = UseCaseError | { code: 'not_published' } | { code: 'unchanged' };

export type StaffStatementsView = {
	module: StatementModule | null;
	statements: (Statement & { votes: number })[];
	counts: Record<Statement['status'], number>;
	stats: { participants: number; votes: number };
};

/**
 * The staff statements page. Participants' statements still waiting for moderation go only to those who may
 * moderate them (`statement.moderate`): officials and elected members see the queue's size, never its text.
 */
export async function loadStatementsForStaff(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'staff.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const may = permissions(actor, ['statement.manage', 'statement.moderate', 'organisation.configure'], {
		organisationId: process.organisationId,
		phase: process.currentPhase
	});
	const perStatement = await votesPerStatement(ctx.db, process.id);
	const view: StaffStatementsView = {
		module: await findStatementModule(ctx.db, process.id),
		statements: (await listStatements(ctx.db, process.id))
			.filter((s) => may['statement.moderate'] || s.status !== 'pending')
			.map((s) => ({ ...s, votes: perStatement.get(s.id) ?? 0 })),
		counts: await countStatements(ctx.db, process.id),
		stats: await voteStats(ctx.db, process.id)
	};
	const verifier = await findIdentityProvider(ctx.db, process.organisationId, 'resident');
	return ok({ process, ...view, residentVerifier: verifier?.displayName ?? null, permissions: may });
}

/** Open or close voting and submissions. Only a published process can be opened. */
export async function setStatementsOpen(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	open: boolean
): Promise<Result<{ isOpen: boolean }, StatementsAdminError>> {
	const loaded = await loadProcessFor(ctx, actor, 'statement.manage', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	if (open && !process.isPublished) return err({ code: 'not_published' });
	const current = await findStatementModule(ctx.db, process.id);
	if ((current?.isOpen ?? false) === open) return err({ code: 'unchanged' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveStatementModule(tx, process.id, open, now);
		await auditAs(ctx, staff, now)(tx, open ? 'statements.opened' : 'statements.closed', 'process', process.id);
	});
	return ok({ isOpen: open });
}

/** The facilitator writes a statement; it is shown at once (it is approved by writing it). */
export async function seedStatement(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown,
	maps: OpinionMapService = opinionMaps()
): Promise<Result<{ id: string }, StatementsAdminError>> {
	const loaded = await loadProcessFor(ctx, actor, 'statement.manage', slug);
	if (!loaded.ok) return loaded;
	const parsed = statementInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const now = ctx.now();
	const statement: Statement = {
		id: ctx.newId(),
		processId: process.id,
		text: parsed.data.text,
		origin: 'facilitator',
		status: 'approved',
		rejectedReason: null,
		createdAt: now
	};
	await ctx.db.transaction(async (tx) => {
		await insertStatement(tx, { ...statement, createdByUserId: staff.userId });
		await auditAs(ctx, staff, now)(tx, 'statement.seeded', 'statement', statement.id, { processId: process.id });
	});
	maps.noteStatementsChanged(ctx.db, process.id);
	return ok({ id: statement.id });
}

/** Approve a statement, or reject it with a reason (rejected statements are zeroed out of the opinion map). */
export async function moderateStatement(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown,
	maps: OpinionMapService = opinionMaps()
): Promise<Result<{ id: string; status: Statement['status'] }, StatementsAdminError>> {
	const loaded = await loadProcessFor(ctx, actor, 'statement.moderate', slug);
	if (!loaded.ok) return loaded;
	const parsed = moderationInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const statement = await findStatement(ctx.db, process.id, parsed.data.statementId);
	if (!statement) return err({ code: 'not_found' });
	const decided = moderate(
		statement,
		parsed.data.decision === 'approve' ? { decision: 'approve' } : { decision: 'reject', reason: parsed.data.reason }
	);
	if (!decided.ok) {
		if (decided.error.code === 'reason_required')
			return err({ code: 'invalid', fields: [{ field: 'reason', message: 'error.statement.reason.required' }] });
		return err({ code: 'unchanged' });
	}
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await updateStatementStatus(tx, statement.id, decided.value.status, decided.value.rejectedReason, now);
		await auditAs(ctx, staff, now)(
			tx,
			decided.value.status === 'approved' ? 'statement.approved' : 'statement.rejected',
			'statement',
			statement.id,
			{
				processId: process.id,
				previousStatus: statement.status,
				...(decided.value.rejectedReason ? { reason: decided.value.rejectedReason } : {})
			}
		);
	});
	maps.noteStatementsChanged(ctx.db, process.id);
	return ok({ id: statement.id, status: decided.value.status });
}

/**
 * One person, one vote: the facilitator decides that voting needs a verified identity (the organisation's
 * e-ID broker for residents must be set up first). Taking part otherwise — reading, submitting — stays open.
 */
export async function setVerifiedIdentityRequired(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	required: boolean
): Promise<Result<{ required: boolean }, StatementsAdminError>> {
	const loaded = await loadProcessFor(ctx, actor, 'statement.manage', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	if ((await findStatementModule(ctx.db, process.id))?.requiresVerifiedIdentity === required)
		return err({ code: 'unchanged' });
	if (required && !(await findIdentityProvider(ctx.db, staff.organisationId, 'resident'))) {
		return err({
			code: 'invalid',
			fields: [{ field: 'requiresVerifiedIdentity', message: 'error.statements.noResidentProvider' }]
		});
	}
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveVerifiedIdentityRequired(tx, process.id, required, now);
		await auditAs(ctx, staff, now)(
			tx,
			required ? 'statements.verificationRequired' : 'statements.verificationDropped',
			'process',
			process.id
		);
	});
	return ok({ required });
}
