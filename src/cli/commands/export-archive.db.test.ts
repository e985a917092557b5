import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as seed } from './seed';
import { run as exportArchive } from './export-archive';

describe('medskapa export-archive', () => {
	const dir = mkdtempSync(join(tmpdir(), 'export-archive-'));
	const saved = { ...process.env };
	beforeAll(async () => {
		Object.assign(process.env, {
			MEDSKAPA_DATA_DIR: join(dir, 'data'),
			DATABASE_URL: '',
			MEDSKAPA_SEED: 'none',
			LOG_LEVEL: 'silent'
		});
		vi.spyOn(console, 'log').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await seed([])).toBe(0);
	}, 120_000);
	afterAll(() => {
		process.env = saved;
		vi.restoreAllMocks();
		rmSync(dir, { recursive: true, force: true });
	});

	it('writes the package folder with METS.xml checksums that match the files, and never overwrites it', async () => {
		const out = join(dir, 'arkiv');
		expect(await exportArchive(['--process', 'leva-tillsammans-i-lillby', '--out', out])).toBe(0);
		const root = join(out, 'leva-tillsammans-i-lillby');
		const mets = readFileSync(join(root, 'METS.xml'), 'utf8');
		const tags = mets.match(/<mets:(?:file|mdRef)\b[^>]*>(?:\s*<mets:FLocat[^>]*\/>)?/g) ?? [];
		const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))![1];
		expect(tags.length).toBeGreaterThan(40);
		for (const tag of tags) {
			const [href, size, sha] = [attr(tag, 'xlink:href'), attr(tag, 'SIZE'), attr(tag, 'CHECKSUM')];
			const data = readFileSync(join(root, href));
			expect(data.length, href).toBe(Number(size));
			expect(createHash('sha256').update(data).digest('hex'), href).toBe(sha);
		}
		expect(existsSync(join(root, 'documentation', 'perspektivrapport.pdf'))).toBe(true);
		expect(await exportArchive(['--process', 'leva-tillsammans-i-lillby', '--out', out])).toBe(2);
	}, 120_000);

	it('explains what is missing', async () => {
		expect(await exportArchive(['--process', 'finns-inte', '--out', join(dir, 'x')])).toBe(1);
		expect(await exportArchive(['--out', join(dir, 'x')])).toBe(2);
	}, 60_000);
});
