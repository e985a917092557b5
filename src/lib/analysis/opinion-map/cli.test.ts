/** The `medskapa opinion-map` command on a real open-data export, plus its usage errors. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../cli/commands/opinion-map';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const data = path.join(shared, 'data/polis/opendata/london.youth.policing');
const dir = mkdtempSync(path.join(tmpdir(), 'opinion-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = () => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
	vi.spyOn(console, 'log').mockImplementation(() => {});
};

describe('medskapa opinion-map', () => {
	it('writes the documented JSON from votes.csv and from participants-votes.csv alike', async () => {
		quiet();
		const a = path.join(dir, 'a.json');
		const b = path.join(dir, 'b.json');
		expect(
			await run(['--votes', path.join(data, 'votes.csv'), '--comments', path.join(data, 'comments.csv'), '--out', a])
		).toBe(0);
		expect(
			await run([
				'--votes',
				path.join(data, 'participants-votes.csv'),
				'--comments',
				path.join(data, 'comments.csv'),
				'--out',
				b
			])
		).toBe(0);
		const out = JSON.parse(readFileSync(a, 'utf8'));
		expect(Object.keys(out)).toEqual(
			expect.arrayContaining(['participants', 'groups', 'consensus', 'groupInformedConsensus', 'pca', 'timingsMs'])
		);
		// participant and statement ids exactly as in the files
		expect(Object.keys(out.participants)).toHaveLength(26);
		expect(out.participants['1']).not.toBeUndefined();
		const sizes = out.groups.map((g: { size: number }) => g.size).reduce((x: number, y: number) => x + y, 0);
		expect(sizes).toBe(Object.values(out.participants).filter((g) => g !== null).length);
		expect(out.groups[0].repness[0]).toHaveProperty('statementId');
		expect(typeof out.groupInformedConsensus['1']).toBe('number');
		// both formats hold the same latest votes, so the results agree
		const other = JSON.parse(readFileSync(b, 'utf8'));
		expect(other.participants).toEqual(out.participants);
		expect(other.consensus).toEqual(out.consensus);
	});

	it('prints usage for --help and exits 2 on bad usage', async () => {
		quiet();
		expect(await run(['--help'])).toBe(0);
		expect(await run([])).toBe(2);
		expect(await run(['--votes', path.join(dir, 'missing.csv'), '--out', path.join(dir, 'x.json')])).toBe(2);
		expect(await run(['--votes', path.join(data, 'comments.csv'), '--out', path.join(dir, 'x.json')])).toBe(2);
		expect(await run(['--votes', path.join(data, 'votes.csv')])).toBe(2);
		expect(await run(['--bogus'])).toBe(2);
	});
});
