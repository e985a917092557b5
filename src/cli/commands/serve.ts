/**
 * `medskapa serve`: builds the app when there is no fresh build, then starts the built SvelteKit server.
 * A new embedded database is created, migrated and seeded first, with its progress shown; otherwise the
 * server's init hook opens and migrates the database (see src/hooks.server.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig, type Config } from '../../lib/server/config';
import { servePlainHttp } from '../plain-http-server';
import { demoLoginsText } from './demo-logins';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILD_ENTRY = join(ROOT, 'build', 'index.js');

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

function needsBuild(): boolean {
	if (!existsSync(BUILD_ENTRY)) return true;
	const built = statSync(BUILD_ENTRY).mtimeMs;
	return ['src', 'static'].some((d) => existsSync(join(ROOT, d)) && newestMtime(join(ROOT, d)) > built);
}

/** One step of the first start, with its time: "[2/3] Preparing the database … done (4.1 s)". */
async function step<T>(label: string, index: number, total: number, work: () => Promise<T>): Promise<T> {
	const started = performance.now();
	process.stdout.write(`[${index}/${total}] ${label} … `);
	try {
		const value = await work();
		console.log(`done (${((performance.now() - started) / 1000).toFixed(1)} s)`);
		return value;
	} catch (e) {
		console.log('failed');
		throw e;
	}
}

/** Builds with vite, quietly: its output is shown only when the build fails. */
function build(): Promise<void> {
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	return new Promise((ok, fail) => {
		let output = '';
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: ROOT });
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`The build failed:\n${output}`))));
	});
}

/** A new embedded database is migrated and seeded before the server starts, so its progress can be shown. */
async function prepareNewDatabase(config: Config): Promise<void> {
	// Opening migrates; an empty database gets the demo data when MEDSKAPA_SEED is demo (the default).
	// Imported here, after LOG_LEVEL is settled: the logger reads it once.
	const { openApp } = await import('../../lib/server/app');
	const app = await openApp(config);
	await app.database.close();
}

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			'Usage: medskapa serve [--no-build]\n\nStarts Medskapa on http://localhost:$PORT (default 3000). Builds first when needed.\nEmbedded database in MEDSKAPA_DATA_DIR (default ./data), or a server with DATABASE_URL.'
		);
		return 0;
	}
	const started = performance.now();
	const config = readConfig();
	// `--no-build` starts what is built as it is (the browser journeys start it right after `vite build`).
	const mustBuild = !args.includes('--no-build') && needsBuild();
	const newDatabase = !config.databaseUrl && !existsSync(join(config.dataDir, 'pgdata'));
	const total = 1 + Number(mustBuild) + Number(newDatabase);
	let index = 0;
	// A person at a terminal sees the steps and one banner; a service (no terminal) keeps its request log.
	if (process.stdout.isTTY && !process.env.LOG_LEVEL) process.env.LOG_LEVEL = 'warn';
	try {
		if (mustBuild) await step('Building the web app (first start or changed sources)', ++index, total, build);
		if (newDatabase)
			await step(
				config.seed === 'demo' ? 'Creating the database with the demo data' : 'Creating the database',
				++index,
				total,
				() => prepareNewDatabase(config)
			);
		process.env.PORT = String(config.port);
		// adapter-node refuses bodies over 512K by default; uploads (volunteer files, SCB tables) may be up to 5 MB.
		process.env.BODY_SIZE_LIMIT ??= '6M';
		// The data directory is resolved now, so the server finds the same folder whatever its working directory.
		process.env.MEDSKAPA_DATA_DIR = config.dataDir;
		await step('Starting the server', ++index, total, async () => {
			// With ORIGIN (one public address) or a proxy's PROTOCOL_HEADER, adapter-node's own server runs. Without
			// them, every host name reaches the app over plain HTTP, so each organisation answers on its own address.
			if (process.env.ORIGIN || process.env.PROTOCOL_HEADER) await import(pathToFileURL(BUILD_ENTRY).href);
			else
				await servePlainHttp(join(ROOT, 'build', 'handler.js'), {
					host: process.env.HOST ?? '0.0.0.0',
					port: config.port
				});
		});
	} catch (e) {
		console.error(e instanceof Error ? e.message : String(e));
		return 1;
	}
	console.log(banner(config, (performance.now() - started) / 1000));
	// The HTTP server keeps the process alive; SIGINT/SIGTERM close it and the database (see hooks.server.ts).
	return 0;
}

function banner(config: Config, seconds: number): string {
	const base = process.env.ORIGIN ?? `http://localhost:${config.port}`;
	const lines = [
		'',
		`Medskapa is running at ${base}  (ready in ${seconds.toFixed(1)} s)`,
		config.databaseUrl
			? 'Database: PostgreSQL server (DATABASE_URL)'
			: `Database: embedded PostgreSQL (PGlite) in ${config.dataDir}`
	];
	if (config.seed === 'demo') lines.push('', demoLoginsText(process.env.ORIGIN ? null : config.port));
	lines.push('', 'Stop with Ctrl+C. Request log: LOG_LEVEL=info.');
	return lines.join('\n');
}
