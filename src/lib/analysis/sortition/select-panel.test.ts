import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../cli/commands/select-panel';
import { drawPanel } from './index';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const instance = (name: string, file: string) => path.join(shared, 'data', 'sortition', name, file);

describe('medskapa select-panel', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'select-panel-'));
		vi.spyOn(console, 'log').mockImplementation(() => {});
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterEach(() => vi.restoreAllMocks());

	it('writes probabilities, lottery, draw and verification; the draw can be re-run from the file', async () => {
		const out = path.join(dir, 'result.json');
		const code = await run([
			'--features',
			instance('monitoring_100_30', 'categories.csv'),
			'--people',
			instance('monitoring_100_30', 'respondents.csv'),
			'--size',
			'30',
			'--seed',
			'2026-11-22',
			'--out',
			out
		]);
		expect(code).toBe(0);
		const result = JSON.parse(readFileSync(out, 'utf8'));
		expect(Object.keys(result.probabilities)).toHaveLength(100);
		expect(result.probabilities['1']).toBeGreaterThan(0.29);
		expect(result.selected).toHaveLength(30);
		expect(result.selected).toEqual(drawPanel(result.lottery, '2026-11-22'));
		expect(result.stats.min).toBeCloseTo(0.2967033, 6);
		expect(result.seed).toBe('2026-11-22');
		expect(result.verification.inputs.featuresSha256).toMatch(/^[0-9a-f]{64}$/);
		expect(result.verification.selected).toEqual(result.selected);
		expect(typeof result.timingsMs.total).toBe('number');
	});

	it('uses 0-based row numbers as ids when the pool has no id column', async () => {
		const out = path.join(dir, 'small.json');
		const code = await run([
			'--features',
			instance('example_small_20', 'categories.csv'),
			'--people',
			instance('example_small_20', 'respondents.csv'),
			'--size',
			'20',
			'--seed',
			'7',
			'--out',
			out
		]);
		expect(code).toBe(0);
		const result = JSON.parse(readFileSync(out, 'utf8'));
		expect(Object.keys(result.probabilities).slice(0, 3)).toEqual(['0', '1', '2']);
		expect(result.lottery.every((e: { panel: string[] }) => e.panel.length === 20)).toBe(true);
	});

	it('exits 1 and prints the suggested relaxation when the quotas cannot be met', async () => {
		const features = path.join(dir, 'f.csv');
		const people = path.join(dir, 'p.csv');
		writeFileSync(features, 'feature,value,min,max\ngender,female,3,4\ngender,male,0,4\n');
		writeFileSync(people, 'gender\nfemale\nmale\nmale\nmale\n');
		const code = await run([
			'--features',
			features,
			'--people',
			people,
			'--size',
			'3',
			'--out',
			path.join(dir, 'x.json')
		]);
		expect(code).toBe(1);
		const printed = vi.mocked(console.error).mock.calls.flat().join('\n');
		expect(printed).toMatch(/gender=female: minimum 3 → 1/);
	});

	it('exits 2 with a clear message for bad usage', async () => {
		expect(await run(['--features', 'a.csv'])).toBe(2);
		expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/--people is required/);
		expect(await run(['--features', 'a', '--people', 'b', '--size', 'ten', '--out', 'o'])).toBe(2);
		expect(await run(['--bogus'])).toBe(2);
		expect(await run(['--features', 'missing.csv', '--people', 'b', '--size', '3', '--out', 'o'])).toBe(2);
		expect(await run(['--help'])).toBe(0);
	});
});
