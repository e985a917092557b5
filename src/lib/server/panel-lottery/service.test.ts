import { describe, expect, it } from 'vitest';
import { DEMO_PROCESSES } from '../seed/demo-processes';
import { demoPanelSetup } from '../seed/demo-panel';
import { LotteryInterrupted, PanelLotteryService } from './service';
import type { LotteryProgress } from './solve';

describe('panel lotteries off the server thread', () => {
	const lillby = DEMO_PROCESSES.find((p) => p.slug === 'leva-tillsammans-i-lillby')!;
	const { inputs } = demoPanelSetup(lillby.areas, lillby.population);
	const request = { inputs, timeLimitMs: 30_000 };

	it('computes the same lottery in a worker thread as in the server thread', async () => {
		const worker = new PanelLotteryService({ mode: 'worker' });
		const inline = new PanelLotteryService({ mode: 'inline' });
		try {
			const reports: LotteryProgress[] = [];
			const a = await worker.solve(request, { onProgress: (p) => reports.push(p) });
			const b = await inline.solve(request);
			// The worker forwards the engine's progress: the first report of every phase at least.
			expect(reports[0].phase).toBe('coverage');
			expect(reports.at(-1)?.phase).toBe('lottery');
			expect(worker.computesIn).toBe('worker');
			expect(a.ok && a.lottery.isOptimal).toBe(true);
			expect(a).toEqual(b);
		} finally {
			await worker.stop();
			await inline.stop();
		}
	}, 60_000);

	it('says a computation was interrupted, not failed, when the server stops', async () => {
		const worker = new PanelLotteryService({ mode: 'worker' });
		const pending = worker.solve(request);
		// Let the worker start and take the request before stopping it.
		await new Promise((r) => setTimeout(r, 50));
		await worker.stop();
		await expect(pending).rejects.toBeInstanceOf(LotteryInterrupted);
		await expect(worker.solve(request)).rejects.toBeInstanceOf(LotteryInterrupted);
	}, 60_000);
});
