import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { drawWithSeed, verificationFile, type DrawInputs } from '../../lib/domain/panel/draw';
import { featureTemplate } from '../../lib/domain/panel/panel';
import { run } from './verify-draw';

describe('medskapa verify-draw', () => {
	const inputs: DrawInputs = {
		features: [featureTemplate('kon', [])],
		quotas: [],
		k: 1,
		reserves: 2,
		householdCheck: false,
		pool: ['V-0001', 'V-0002', 'V-0003'].map((code) => ({ code, values: { kon: 'man' }, household: null }))
	};
	const lottery = {
		isOptimal: true,
		lottery: ['V-0001', 'V-0002', 'V-0003'].map((c) => ({ probability: 1 / 3, panel: [c] })),
		probabilities: { 'V-0001': 1 / 3, 'V-0002': 1 / 3, 'V-0003': 1 / 3 },
		stats: { min: 1 / 3, gini: 0, geometricMean: 1 / 3, upperBound: 1 / 3 },
		neverSelectable: []
	};
	const write = (content: unknown) => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'verify-draw-')), 'urval.json');
		writeFileSync(file, JSON.stringify(content));
		return file;
	};

	it('confirms a published draw, refuses a tampered one, and explains an unreadable file', async () => {
		vi.spyOn(console, 'log').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const outcome = drawWithSeed(inputs, lottery, 'lotto 1 2 3');
		const published = verificationFile({
			process: 'p',
			panel: 'Panel',
			drawnAt: new Date(0),
			inputs,
			lottery,
			outcome
		});
		expect(await run(['--file', write(published)])).toBe(0);
		const other = ['V-0001', 'V-0002', 'V-0003'].find((c) => c !== outcome.selected[0])!;
		expect(await run(['--file', write({ ...published, selected: [other] })])).toBe(1);
		expect(await run(['--file', write({ ...published, reserves: [...published.reserves].reverse() })])).toBe(1);
		expect(await run(['--file', write({ hello: 1 })])).toBe(2);
		expect(await run([])).toBe(2);
		vi.restoreAllMocks();
	});
});
