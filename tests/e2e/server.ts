/**
 * Starts the built Medskapa server as a child process, on a free port with its own data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BUILD_ENTRY = resolve('build/index.js');

export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const srv = createServer();
		srv.once('error', fail);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
		});
	});
}

/**
 * A fresh copy of the demo data directory the global setup seeded once (global-setup.ts), so a journey's own
 * server starts as a restarted one would: migrated and seeded already. Undefined outside the journeys.
 */
export function seededDataDir(): string | undefined {
	const template = process.env.MEDSKAPA_E2E_TEMPLATE;
	if (!template) return undefined;
	const dataDir = mkdtempSync(join(tmpdir(), 'medskapa-e2e-'));
	cpSync(template, dataDir, { recursive: true });
	return dataDir;
}

export type RunningServer = { url: string; dataDir: string; child: ChildProcess; output: () => string };

/**
 * `plainHttp` starts it the way `medskapa serve` does without ORIGIN: every host name reaches the app, so
 * each organisation answers on its own address (e.g. norrvik.localhost). `host` is the name the browser uses
 * otherwise (default 127.0.0.1); the server still listens on 127.0.0.1. WebAuthn needs a domain as its rp ID,
 * not an IP address, so passkey journeys use `localhost`.
 */
export async function startServer(
	options: {
		dataDir?: string;
		env?: Record<string, string>;
		plainHttp?: boolean;
		host?: string;
		/** How long to wait for the server to answer (seeding the demo takes a while on a busy machine). */
		timeoutMs?: number;
		/** Start on an empty data directory, which the server migrates and seeds, instead of a seeded copy. */
		fresh?: boolean;
	} = {}
): Promise<RunningServer> {
	const port = await freePort();
	const publicUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
	const dataDir =
		options.dataDir ?? (options.fresh ? undefined : seededDataDir()) ?? mkdtempSync(join(tmpdir(), 'medskapa-e2e-'));
	let output = '';
	const env: Record<string, string | undefined> = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		MEDSKAPA_DATA_DIR: dataDir,
		LOG_LEVEL: 'warn',
		DATABASE_URL: '',
		ORIGIN: publicUrl,
		// Notices that fall together wait 2 seconds for each other here (10 by default), so journeys read mail sooner.
		NOTICE_GATHER_SECONDS: '2',
		...options.env
	};
	if (options.plainHttp) delete env.ORIGIN;
	const child = spawn(
		process.execPath,
		options.plainHttp ? [resolve('bin/medskapa.js'), 'serve', '--no-build'] : [BUILD_ENTRY],
		{
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + (options.timeoutMs ?? 110_000);
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}):\n${output}`);
		try {
			const res = await fetch(`${url}/api/v1/processes`);
			if (res.ok) return { url: publicUrl, dataDir, child, output: () => output };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill('SIGKILL');
	throw new Error(`Server did not start in time:\n${output}`);
}

export function stopServer(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
	return new Promise((ok) => {
		if (server.child.exitCode !== null) return ok(server.child.exitCode);
		server.child.once('exit', (code) => ok(code));
		server.child.kill(signal);
	});
}
