/**
 * @module What the staff draw page shows: the current lottery (computing, computed, failed or drawn) with the
 * chances per group, the seed and the outcome, and the draws it superseded. A read: it changes nothing (a
 * lottery a stopped server left computing is resumed when the server starts, not when the page is loaded).
 */
import type { Actor } from '../../../domain/access/can';
import { groupChances, inputsFingerprint } from '../../../domain/panel/draw';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { permissions } from '../gate';
import { lotteryProgress } from './lottery-progress';
import { loadPanelFor } from './manage-panel';
import { listDraws, listDrawsLeftComputing, listPool } from './queries/panels';

export async function loadDrawPage(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.view');
	if (!loaded.ok) return loaded;
	const { process, panel } = loaded.value;
	const draws = await listDraws(ctx.db, panel.id);
	const current = draws.find((d) => d.supersededAt === null) ?? null;
	const pool = await listPool(ctx.db, panel.id);
	const currentFingerprint = inputsFingerprint({
		features: panel.features,
		quotas: panel.quotas,
		k: panel.size,
		householdCheck: panel.householdCheck,
		pool
	});
	const lottery = current?.lottery ?? null;
	return ok({
		process: { slug: process.slug, title: process.title },
		panel: { name: panel.name, size: panel.size, reserves: panel.reserves, features: panel.features },
		volunteers: pool.length,
		current: current && {
			id: current.id,
			status: current.status,
			requestedAt: current.requestedAt,
			computedAt: current.computedAt,
			timeLimitSeconds: Math.round(current.timeLimitMs / 1000),
			failure: current.failure,
			progress: current.status === 'computing' ? lotteryProgress(current.id) : null,
			isStale: current.status !== 'drawn' && current.inputsSha256 !== currentFingerprint,
			volunteers: current.inputs.pool.length,
			stats: lottery?.stats ?? null,
			isOptimal: lottery?.isOptimal ?? null,
			panels: lottery?.lottery.length ?? 0,
			neverSelectable: lottery?.neverSelectable.length ?? 0,
			chances: lottery ? groupChances(current.inputs.features, current.inputs.pool, lottery.probabilities) : [],
			seed: current.seed,
			drawnAt: current.drawnAt,
			selected: current.outcome?.selected ?? [],
			reserves: current.outcome?.reserves ?? []
		},
		history: draws
			.filter((d) => d.supersededAt !== null)
			.map((d) => ({
				id: d.id,
				status: d.status,
				requestedAt: d.requestedAt,
				seed: d.seed,
				supersededAt: d.supersededAt,
				reason: d.supersededReason
			})),
		permissions: permissions(actor, ['panel.manage', 'panel.contacts'], { organisationId: process.organisationId })
	});
}

/** Draws a stopped server left computing: the server resumes them when it starts (a system task, no actor). */
export const drawsLeftComputing = (ctx: UseCaseContext) => listDrawsLeftComputing(ctx.db);
