/**
 * @module How far the lottery computations running in this server process have come, for the draw page
 * (which reloads itself while a lottery is computing). In memory only: a report is gone when the
 * computation ends or the server stops, and a draw without one simply shows no progress.
 */
import type { LotteryProgress } from '../../panel-lottery/solve';

const latest = new Map<string, LotteryProgress>();

export function setLotteryProgress(drawId: string, progress: LotteryProgress): void {
	latest.set(drawId, progress);
}

export function clearLotteryProgress(drawId: string): void {
	latest.delete(drawId);
}

/** The latest report of a draw's running computation, if this process is computing it. */
export function lotteryProgress(drawId: string): LotteryProgress | null {
	return latest.get(drawId) ?? null;
}
