import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUILD_ENTRY, freePort, startServer, stopServer } from './server';

describe('the server process', () => {
	it('refuses to open an embedded data directory another server is using, naming the folder', async () => {
		const dataDir = inject('dataDir');
		const port = await freePort();
		const child = spawn(process.execPath, [BUILD_ENTRY], {
			env: { ...process.env, PORT: String(port), MEDSKAPA_DATA_DIR: dataDir, DATABASE_URL: '' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const code = await new Promise<number | null>((ok) => child.once('exit', ok));
		expect(code).not.toBe(0);
		expect(output).toContain(`The embedded database in ${dataDir} is already in use`);
		// The running server and its data are unharmed.
		const res = await fetch(`${inject('baseURL')}/api/v1/processes`);
		expect((await res.json()).processes.length).toBeGreaterThanOrEqual(2);
	});

	it('closes the database and exits promptly on SIGTERM and SIGINT, releasing the lock', async () => {
		for (const signal of ['SIGTERM', 'SIGINT'] as const) {
			// Each begins on a copy of the seeded demo (the workers' servers already prove a first start seeds it).
			const server = await startServer();
			const seeded = (await (await fetch(`${server.url}/api/v1/processes`)).json()).processes.length;
			const lock = join(server.dataDir, 'medskapa.lock');
			expect(existsSync(lock)).toBe(true);
			const started = Date.now();
			const code = await stopServer(server, signal);
			expect(Date.now() - started).toBeLessThan(10_000);
			expect(code, server.output()).toBe(0);
			expect(existsSync(lock)).toBe(false);
			// Restart on the same folder: the data survived and no second seed happened.
			const again = await startServer({ dataDir: server.dataDir });
			const body = await (await fetch(`${again.url}/api/v1/processes`)).json();
			expect(body.processes).toHaveLength(seeded);
			await stopServer(again);
			rmSync(server.dataDir, { recursive: true, force: true });
		}
		// Four starts: generous on a loaded machine; the exit itself is timed above.
	}, 180_000);
});
