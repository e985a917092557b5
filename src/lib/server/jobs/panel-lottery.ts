/**
 * @module The lottery job: computes a panel's lottery after the request that asked for it has been
 * answered, one computation per draw at a time. Draws left computing by a stopped server are picked up
 * again when the server starts (`resumeLotteries`). The work is LEXIMIN with a time budget, in the
 * panel-lottery worker thread (../panel-lottery/service.ts), so the server keeps answering meanwhile.
 */
import { log } from '../log';
import { LotteryInterrupted } from '../panel-lottery/service';
import type { UseCaseContext } from '../modules/context';
import { computeLottery, drawsLeftComputing } from '../modules/panel';

const running = new Map<string, Promise<void>>();

export function startLotteryJob(ctx: UseCaseContext, drawId: string): Promise<void> {
	const existing = running.get(drawId);
	if (existing) return existing;
	const job = new Promise<void>((resolve) => setImmediate(resolve))
		.then(() => computeLottery(ctx, drawId))
		.catch((e: unknown) => {
			if (e instanceof LotteryInterrupted)
				log.info({ drawId }, 'panel lottery interrupted by shutdown; resumed on next start');
			else log.error({ err: e, drawId }, 'panel lottery failed');
		})
		.finally(() => running.delete(drawId));
	running.set(drawId, job);
	return job;
}

/** Starts again every draw a stopped server left computing (called once when the server starts). */
export async function resumeLotteries(ctx: UseCaseContext): Promise<number> {
	const ids = await drawsLeftComputing(ctx);
	for (const id of ids) if (!running.has(id)) void startLotteryJob(ctx, id);
	return ids.length;
}
