import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './client';
import { DataDirLockedError } from './lock';
import { organisations } from './schema/index';

describe('embedded data directory lock', () => {
	const dirs: string[] = [];
	const tempDir = () => {
		const d = mkdtempSync(join(tmpdir(), 'medskapa-lock-'));
		dirs.push(d);
		return d;
	};
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('refuses a second open of the same folder with an error naming it, and the data stays intact', async () => {
		const dir = tempDir();
		const first = await openDatabase({ dataDir: dir });
		await first.migrate();
		await first.db
			.insert(organisations)
			.values({ id: '6f1d8a52-4a0e-4a43-9a57-1c0f7f0d2b11', slug: 'x', name: 'X kommun', createdAt: new Date() });
		// Simulate another live process holding the lock (our own pid would be treated as ours).
		writeFileSync(join(dir, 'medskapa.lock'), String(process.ppid));
		const second = openDatabase({ dataDir: dir });
		await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
		await expect(second).rejects.toThrow(dir);
		const rows = await first.db.select().from(organisations);
		expect(rows.map((r) => r.name)).toEqual(['X kommun']);
		writeFileSync(join(dir, 'medskapa.lock'), String(process.pid));
		await first.close();

		const reopened = await openDatabase({ dataDir: dir });
		expect((await reopened.db.select().from(organisations)).length).toBe(1);
		await reopened.close();
	});

	it('takes over a lock left by a process that no longer exists', async () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'medskapa.lock'), '999999');
		const database = await openDatabase({ dataDir: dir });
		await database.migrate();
		await database.close();
	});
});
