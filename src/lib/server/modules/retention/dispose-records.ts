/**
 * @module Disposal (gallring) under the records plan, in two steps. A preview finds what is due at its cut-off
 * time and freezes the ids (made by staff, or by the scheduled retention run when something is due); confirming
 * removes exactly those records — never a type the plan keeps — and writes one disposal record per record type
 * (type, count, period, rule, when, who confirmed), kept for ever. Every step is audited with counts, never
 * with contents. Texts are emptied rather than deleted (themes, proposals and routings still point to the
 * perspective); messages keep their subject and date and lose recipient and body.
 */
import type { Actor } from '../../../domain/access/can';
import {
	isDue,
	madeBefore,
	processEndedAt,
	RECORD_TYPES,
	type RecordsPlan,
	type RecordType
} from '../../../domain/retention/records-plan';
import { err, ok, type Result } from '../../../kernel/result';
import type { Db, Tx } from '../../db/client';
import type { DisposalSelection } from '../../db/schema/index';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, permissions, refused } from '../gate';
import { listOrganisations } from '../identity/queries/organisations';
import { listProcesses } from '../process/queries/processes';
import { auditAs } from '../records/queries/audit';
import {
	closeRun,
	disposeRecords,
	findCandidates,
	findOpenRun,
	findRun,
	hasSelections,
	insertDisposalRecord,
	insertRun,
	listDecisionPublished,
	listDisposalRecords,
	supersedeOpenRuns,
	userName,
	type DisposalRecord
} from './queries/disposal';
import { readRecordsPlan } from './queries/plans';

/** What is due at `cutoff` under the plan, per record type (kept types listed with nothing selected). */
export async function selectDue(
	db: Db | Tx,
	organisationId: string,
	plan: RecordsPlan,
	cutoff: Date
): Promise<DisposalSelection[]> {
	const [processes, decided] = await Promise.all([
		listProcesses(db, organisationId, 'all'),
		listDecisionPublished(db, organisationId)
	]);
	const selections: DisposalSelection[] = [];
	for (const recordType of RECORD_TYPES) {
		const rule = plan[recordType];
		let found: { id: string; at: Date }[] = [];
		if (rule.kind === 'age')
			found = await findCandidates(db, organisationId, recordType, { madeBefore: madeBefore(rule, cutoff) });
		else if (rule.kind === 'event') {
			// The event is the process's: every record of a process whose event (plus the months) has passed is due.
			const processIds = processes
				.filter((p) =>
					isDue(
						rule,
						{
							createdAt: cutoff,
							events: { processEnded: processEndedAt(p.schedule), decisionPublished: decided.get(p.id) ?? null }
						},
						cutoff
					)
				)
				.map((p) => p.id);
			found = await findCandidates(db, organisationId, recordType, { processIds });
		}
		const times = found.map((f) => f.at.getTime());
		selections.push({
			recordType,
			rule,
			count: found.length,
			periodFrom: times.length ? new Date(Math.min(...times)).toISOString() : null,
			periodTo: times.length ? new Date(Math.max(...times)).toISOString() : null,
			ids: found.map((f) => f.id)
		});
	}
	return selections;
}

const countsOf = (selections: DisposalSelection[]) =>
	Object.fromEntries(selections.filter((s) => s.count > 0).map((s) => [s.recordType, s.count]));

/** A preview as a page shows it: counts, rules and periods (the frozen ids stay on the server). */
export type DisposalPreview = {
	id: string;
	cutoffAt: Date;
	preparedAt: Date;
	scheduled: boolean;
	selections: Omit<DisposalSelection, 'ids'>[];
	total: number;
};

export type DisposalPage = {
	preview: DisposalPreview | null;
	records: DisposalRecord[];
	plan: RecordsPlan;
	isDefaultPlan: boolean;
	permissions: { 'retention.plan': boolean };
};

export async function loadDisposalPage(ctx: UseCaseContext, actor: Actor): Promise<Result<DisposalPage, UseCaseError>> {
	if (!authorize(actor, 'retention.dispose').ok || actor.kind !== 'staff') return refused();
	const [run, records, stored] = await Promise.all([
		findOpenRun(ctx.db, actor.organisationId),
		listDisposalRecords(ctx.db, actor.organisationId),
		readRecordsPlan(ctx.db, actor.organisationId)
	]);
	return ok({
		preview: run
			? {
					id: run.id,
					cutoffAt: run.cutoffAt,
					preparedAt: run.preparedAt,
					scheduled: run.preparedByUserId === null,
					selections: run.selections.map(({ ids: _ids, ...s }) => s),
					total: run.selections.reduce((n, s) => n + s.count, 0)
				}
			: null,
		records,
		plan: stored.plan,
		isDefaultPlan: stored.isDefault,
		permissions: permissions(actor, ['retention.plan'] as const, { organisationId: actor.organisationId })
	});
}

/** Staff ask what is due now: a new preview (an older open one is superseded). */
export async function prepareDisposal(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ id: string; total: number }, UseCaseError>> {
	if (!authorize(actor, 'retention.dispose').ok || actor.kind !== 'staff') return refused();
	const now = ctx.now();
	const id = ctx.newId();
	const total = await ctx.db.transaction(async (tx) => {
		const stored = await readRecordsPlan(tx, actor.organisationId);
		const selections = await selectDue(tx, actor.organisationId, stored.plan, now);
		await supersedeOpenRuns(tx, actor.organisationId, actor.userId, now);
		await insertRun(tx, {
			id,
			organisationId: actor.organisationId,
			status: 'previewed',
			cutoffAt: now,
			planUpdatedAt: stored.updatedAt,
			selections,
			preparedByUserId: actor.userId,
			preparedAt: now
		});
		await auditAs(ctx, actor, now)(tx, 'retention.previewPrepared', 'disposal', id, { counts: countsOf(selections) });
		return selections.reduce((n, s) => n + s.count, 0);
	});
	return ok({ id, total });
}

/**
 * The scheduled part of the retention run: for each organisation without an open preview, a preview when
 * something is due. Nothing is disposed until staff confirm it.
 */
export async function prepareScheduledDisposals(ctx: UseCaseContext): Promise<{ previews: number }> {
	const now = ctx.now();
	let previews = 0;
	for (const organisation of await listOrganisations(ctx.db)) {
		const made = await ctx.db.transaction(async (tx) => {
			if (await findOpenRun(tx, organisation.id)) return false;
			const stored = await readRecordsPlan(tx, organisation.id);
			const selections = await selectDue(tx, organisation.id, stored.plan, now);
			if (!hasSelections(selections)) return false;
			const id = ctx.newId();
			await insertRun(tx, {
				id,
				organisationId: organisation.id,
				status: 'previewed',
				cutoffAt: now,
				planUpdatedAt: stored.updatedAt,
				selections,
				preparedByUserId: null,
				preparedAt: now
			});
			await auditAs(ctx, { organisationId: organisation.id, userId: null }, now)(
				tx,
				'retention.previewPrepared',
				'disposal',
				id,
				{ counts: countsOf(selections), scheduled: true }
			);
			return true;
		});
		if (made) previews++;
	}
	return { previews };
}

export type ConfirmError = UseCaseError | { code: 'closed' } | { code: 'plan_changed' };

/** Removes exactly what the preview froze and writes the disposal records. */
export async function confirmDisposal(
	ctx: UseCaseContext,
	actor: Actor,
	runId: string
): Promise<Result<{ disposed: Partial<Record<RecordType, number>> }, ConfirmError>> {
	if (!authorize(actor, 'retention.dispose').ok || actor.kind !== 'staff') return refused();
	const run = runId ? await findRun(ctx.db, actor.organisationId, runId) : null;
	if (!run) return err({ code: 'not_found' });
	if (run.status !== 'previewed') return err({ code: 'closed' });
	const now = ctx.now();
	const name = await userName(ctx.db, actor.userId);
	const outcome = await ctx.db.transaction(async (tx) => {
		const stored = await readRecordsPlan(tx, actor.organisationId);
		if ((stored.updatedAt?.getTime() ?? null) !== (run.planUpdatedAt?.getTime() ?? null))
			return err({ code: 'plan_changed' as const });
		if (!(await closeRun(tx, run.id, 'confirmed', actor.userId, now))) return err({ code: 'closed' as const });
		const disposed: Partial<Record<RecordType, number>> = {};
		for (const s of run.selections) {
			// Kept types are never disposed, whatever a preview holds.
			if (s.count === 0 || s.rule.kind === 'keep' || stored.plan[s.recordType].kind === 'keep') continue;
			const n = await disposeRecords(tx, actor.organisationId, s.recordType, s.ids);
			if (n === 0) continue;
			disposed[s.recordType] = n;
			await insertDisposalRecord(tx, {
				id: ctx.newId(),
				organisationId: actor.organisationId,
				runId: run.id,
				recordType: s.recordType,
				rule: s.rule,
				count: n,
				periodFrom: s.periodFrom ? new Date(s.periodFrom) : null,
				periodTo: s.periodTo ? new Date(s.periodTo) : null,
				disposedAt: now,
				confirmedByUserId: actor.userId,
				confirmedByName: name
			});
		}
		await auditAs(ctx, actor, now)(tx, 'retention.disposed', 'disposal', run.id, {
			counts: disposed,
			cutoffAt: run.cutoffAt.toISOString()
		});
		return ok({ disposed });
	});
	return outcome;
}

/** Drops a preview without disposing anything. */
export async function cancelDisposal(
	ctx: UseCaseContext,
	actor: Actor,
	runId: string
): Promise<Result<void, ConfirmError>> {
	if (!authorize(actor, 'retention.dispose').ok || actor.kind !== 'staff') return refused();
	const run = runId ? await findRun(ctx.db, actor.organisationId, runId) : null;
	if (!run) return err({ code: 'not_found' });
	const now = ctx.now();
	const closed = await ctx.db.transaction(async (tx) => {
		if (!(await closeRun(tx, run.id, 'cancelled', actor.userId, now))) return false;
		await auditAs(ctx, actor, now)(tx, 'retention.previewCancelled', 'disposal', run.id);
		return true;
	});
	return closed ? ok(undefined) : err({ code: 'closed' });
}

/** For the staff inbox: whether a preview waits for confirmation, and how many records it holds. */
export async function findWaitingDisposal(db: Db, organisationId: string): Promise<{ total: number } | null> {
	const run = await findOpenRun(db, organisationId);
	if (!run) return null;
	const total = run.selections.reduce((n, s) => n + s.count, 0);
	return total > 0 ? { total } : null;
}
