/**
 * @module From the pool to a drawn panel, in the open:
 * 1. the facilitator asks for the lottery: the inputs are frozen (quotas and pseudonymous pool) and LEXIMIN
 *    runs within a time budget off the request, in a worker thread (`computeLottery`, started by the lottery job);
 * 2. at a public moment the facilitator enters the public seed: the panel and its ordered reserves follow
 *    from the seed and the stored lottery, and the result is stored for good;
 * 3. a re-draw needs a recorded reason; the old draw stays, marked as superseded.
 */
import type { Actor } from '../../../domain/access/can';
import {
	drawWithSeed,
	inputsFingerprint,
	toEngineFeatures,
	toEnginePool,
	type DrawInputs
} from '../../../domain/panel/draw';
import { quotaProblems, valueLabel, type Panel, type QuotaProblem } from '../../../domain/panel/panel';
import { err, ok, type Result } from '../../../kernel/result';
import { buildInstance, checkFeasibility } from '../../../analysis/sortition/index';
import { auditAs } from '../records/queries/audit';
import {
	completeDraw,
	failDraw,
	findCurrentDraw,
	findDraw,
	findPanelOrganisation,
	insertDraw,
	listPool,
	markDrawn,
	savePanel,
	supersedeDraw
} from './queries/panels';
import type { Tx } from '../../db/client';
import { LotteryInterrupted, panelLotteries, type PanelLotteryService } from '../../panel-lottery/service';
import type { LotteryOutcome } from '../../panel-lottery/solve';
import type { UseCaseContext } from '../context';
import { loadPanelFor, type PanelError } from './manage-panel';
import { clearLotteryProgress, setLotteryProgress } from './lottery-progress';

/** LEXIMIN's time budget; when it runs out the lottery so far is used (every panel still meets every quota). */
export const LOTTERY_TIME_LIMIT_MS = 30_000;

export type DrawError =
	PanelError | { code: 'infeasible'; problems: QuotaProblem[] } | { code: 'not_ready' } | { code: 'stale' };

function inputsOf(panel: Panel, pool: Awaited<ReturnType<typeof listPool>>): DrawInputs {
	return {
		features: panel.features,
		quotas: panel.quotas,
		k: panel.size,
		reserves: panel.reserves,
		householdCheck: panel.householdCheck,
		pool: pool.map((p) => ({ code: p.code, values: p.values, household: p.household }))
	};
}

export type Feasibility = {
	isFeasible: boolean;
	problems: QuotaProblem[];
	/** When the quotas cannot be met: the smallest changes that make a panel possible (labels). */
	relaxation: {
		feature: string;
		value: string;
		min: number;
		max: number;
		suggestedMin: number;
		suggestedMax: number;
	}[];
	/** Groups of volunteers (same answers) who can never be selected, and why. Counts, never names. */
	neverSelectable: { values: { feature: string; value: string }[]; count: number; reason: 'maxZero' | 'noPanel' }[];
};

/** Can the quotas be met with this pool? Plain arithmetic first, then the solver's exact answer. */
export async function assessFeasibility(
	panel: Panel,
	pool: Awaited<ReturnType<typeof listPool>>
): Promise<Feasibility> {
	const problems = quotaProblems(panel.features, panel.quotas, panel.size, pool);
	if (pool.length < panel.size || pool.length === 0)
		return { isFeasible: false, problems, relaxation: [], neverSelectable: [] };
	const inputs = inputsOf(panel, pool);
	const instance = buildInstance(
		toEngineFeatures(panel.features, panel.quotas, panel.size),
		toEnginePool(inputs),
		panel.size
	);
	if (!instance.ok) return { isFeasible: false, problems, relaxation: [], neverSelectable: [] };
	const report = await checkFeasibility(instance.value);
	const label = (feature: string, value: string) => valueLabel(panel.features, feature, value);
	const groups = new Map<string, Feasibility['neverSelectable'][number]>();
	for (const e of report.neverSelectable) {
		const person = pool[e.person];
		const reason = / maximum of 0$/.test(e.reason) ? 'maxZero' : 'noPanel';
		const key = `${reason}:${panel.features.map((f) => person.values[f.key]).join('|')}`;
		const group = groups.get(key) ?? {
			values: panel.features.map((f) => label(f.key, person.values[f.key])),
			count: 0,
			reason
		};
		group.count++;
		groups.set(key, group);
	}
	return {
		isFeasible: report.isFeasible,
		problems,
		relaxation: (report.relaxation ?? []).map((c) => ({ ...c, ...label(c.feature, c.value) })),
		neverSelectable: [...groups.values()]
	};
}

/** Freeze the inputs and queue the lottery computation. A computed but undrawn lottery is replaced. */
export async function requestLottery(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<{ drawId: string }, DrawError>> {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.manage');
	if (!loaded.ok) return loaded;
	const { panel, staff } = loaded.value;
	const current = await findCurrentDraw(ctx.db, panel.id);
	if (current?.status === 'drawn') return err({ code: 'already_drawn' });
	const pool = await listPool(ctx.db, panel.id);
	const problems = quotaProblems(panel.features, panel.quotas, panel.size, pool);
	if (problems.length > 0) return err({ code: 'infeasible', problems });
	const inputs = inputsOf(panel, pool);
	const now = ctx.now();
	const drawId = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		if (current) await supersedeDraw(tx, current.id, 'Ett nytt lotteri beräknades.', now);
		await insertDraw(tx, {
			id: drawId,
			panelId: panel.id,
			status: 'computing',
			inputs,
			inputsSha256: inputsFingerprint(inputs),
			timeLimitMs: LOTTERY_TIME_LIMIT_MS,
			requestedByUserId: staff.userId,
			requestedAt: now
		});
		await auditAs(ctx, staff, now)(tx, 'panel.lotteryRequested', 'panel', panel.id, {
			drawId,
			volunteers: pool.length,
			k: panel.size
		});
	});
	return ok({ drawId });
}

/**
 * The slow part, run by the lottery job (never inside a request): LEXIMIN over the frozen inputs within the
 * time budget, in the lottery worker thread (or this thread when none starts). Only a draw still computing
 * is changed, so running it twice does no harm. A computation cut short by a server shutdown leaves the
 * draw computing, to be resumed; one that fails otherwise marks it failed, with the reason.
 */
export async function computeLottery(
	ctx: UseCaseContext,
	drawId: string,
	lotteries: Pick<PanelLotteryService, 'solve'> = panelLotteries()
): Promise<void> {
	const row = await findDraw(ctx.db, drawId);
	if (!row || row.status !== 'computing') return;
	const system = async (update: (tx: Tx) => Promise<boolean>, action: string, details: Record<string, unknown>) => {
		const at = ctx.now();
		const panelOrg = await findPanelOrganisation(ctx.db, row.panelId);
		await ctx.db.transaction(async (tx) => {
			if (await update(tx))
				await auditAs(ctx, { organisationId: panelOrg, userId: null }, at)(tx, action, 'panel', row.panelId, {
					drawId,
					...details
				});
		});
	};
	let outcome: LotteryOutcome;
	try {
		outcome = await lotteries.solve(
			{ inputs: row.inputs, timeLimitMs: row.timeLimitMs },
			{ onProgress: (progress) => setLotteryProgress(drawId, progress) }
		);
	} catch (e) {
		if (e instanceof LotteryInterrupted) throw e;
		outcome = { ok: false, message: `The computation stopped: ${e instanceof Error ? e.message : String(e)}.` };
	} finally {
		clearLotteryProgress(drawId);
	}
	if (!outcome.ok) return system((tx) => failDraw(tx, drawId, outcome.message, ctx.now()), 'panel.lotteryFailed', {});
	const { lottery, summary } = outcome;
	await system((tx) => completeDraw(tx, drawId, lottery, ctx.now()), 'panel.lotteryComputed', summary);
}

/** The public draw: panel and ordered reserves from the seed and the stored lottery; stored for good. */
export async function drawPanel(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ drawId: string; selected: string[]; reserves: string[] }, DrawError>> {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.manage');
	if (!loaded.ok) return loaded;
	const { panel, staff } = loaded.value;
	const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const seed = typeof input.seed === 'string' ? input.seed.trim() : '';
	if (!seed || seed.length > 200)
		return err({ code: 'invalid', fields: [{ field: 'seed', message: 'error.panel.seed' }] });
	const current = await findCurrentDraw(ctx.db, panel.id);
	if (current?.status === 'drawn') return err({ code: 'already_drawn' });
	if (!current || current.status !== 'computed' || !current.lottery || current.id !== input.drawId)
		return err({ code: 'not_ready' });
	// The lottery is only valid for the inputs it was computed from.
	const pool = await listPool(ctx.db, panel.id);
	if (inputsFingerprint(inputsOf(panel, pool)) !== current.inputsSha256) return err({ code: 'stale' });
	const outcome = drawWithSeed(current.inputs, current.lottery, seed);
	const now = ctx.now();
	let drawn = false;
	await ctx.db.transaction(async (tx) => {
		drawn = await markDrawn(tx, current.id, seed, outcome, staff.userId, now);
		if (!drawn) return;
		await savePanel(tx, { ...panel, isRecruiting: false, updatedAt: now });
		await auditAs(ctx, staff, now)(tx, 'panel.drawn', 'panel', panel.id, {
			drawId: current.id,
			seed,
			selected: outcome.selected,
			reserves: outcome.reserves,
			random: outcome.verification.random
		});
	});
	if (!drawn) return err({ code: 'already_drawn' });
	return ok({ drawId: current.id, selected: outcome.selected, reserves: outcome.reserves });
}

/** Set a drawn panel aside to draw again. The reason is required and recorded; the old draw is kept. */
export async function supersedeDrawnPanel(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ drawId: string }, DrawError>> {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.manage');
	if (!loaded.ok) return loaded;
	const { panel, staff } = loaded.value;
	const reason =
		typeof (raw as { reason?: unknown } | null)?.reason === 'string' ? (raw as { reason: string }).reason.trim() : '';
	if (reason.length < 10 || reason.length > 1000)
		return err({ code: 'invalid', fields: [{ field: 'reason', message: 'error.panel.redrawReason' }] });
	const current = await findCurrentDraw(ctx.db, panel.id);
	if (!current || current.status !== 'drawn') return err({ code: 'not_ready' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await supersedeDraw(tx, current.id, reason, now);
		await auditAs(ctx, staff, now)(tx, 'panel.drawSuperseded', 'panel', panel.id, { drawId: current.id, reason });
	});
	return ok({ drawId: current.id });
}
