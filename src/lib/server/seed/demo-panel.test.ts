import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import stored from './content/demo-panel-lottery.json';
import { computeDemoLottery, demoPanelSetup, packLottery, unpackLottery, type StoredLottery } from './demo-panel';
import { DEMO_PROCESSES } from './demo-processes';

const FILE = fileURLToPath(new URL('./content/demo-panel-lottery.json', import.meta.url));

describe('the demo panel', () => {
	const lillby = DEMO_PROCESSES.find((p) => p.slug === 'leva-tillsammans-i-lillby')!;
	const { inputs } = demoPanelSetup(lillby.areas, lillby.population);

	// The seed uses the stored lottery instead of computing it on every start. It must be exactly what LEXIMIN
	// gives for the demo inputs; to refresh it after changing them: UPDATE_DEMO_LOTTERY=1 npx vitest run <this file>.
	it('stores exactly the LEXIMIN lottery of the demo inputs', async () => {
		const computed = packLottery(inputs, await computeDemoLottery(inputs));
		if (process.env.UPDATE_DEMO_LOTTERY) writeFileSync(FILE, JSON.stringify(computed) + '\n');
		else expect(stored).toEqual(computed);
		const lottery = unpackLottery(inputs, computed);
		expect(lottery.isOptimal).toBe(true);
		expect(Object.values(lottery.probabilities).reduce((s, p) => s + p, 0)).toBeCloseTo(inputs.k, 6);
		expect(Math.min(...Object.values(lottery.probabilities))).toBeCloseTo(lottery.stats.min, 9);
	}, 60_000);

	it('has 150 volunteers in every group the quotas ask for', () => {
		expect(inputs.pool).toHaveLength(150);
		expect((stored as unknown as StoredLottery).lottery.every(([, panel]) => panel.length === inputs.k)).toBe(true);
	});
});
