/**
 * `medskapa serve`: builds the app when there is no fresh build, then starts the built SvelteKit server.
 * The server's init hook opens, migrates and seeds the database (see src/hooks.server.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '../../lib/server/config';
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

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			'Usage: medskapa serve [--no-build]\n\nStarts Medskapa on http://localhost:$PORT (default 3000). Builds first when needed.\nEmbedded database in MEDSKAPA_DATA_DIR (default ./data), or a server with DATABASE_URL.'
		);
		return 0;
	}
	const config = readConfig();
	// `--no-build` starts what is built as it is (the browser journeys start it right after `vite build`).
	if (!args.includes('--no-build') && needsBuild()) {
		console.log('Building Medskapa (first start or changed sources)…');
		const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
		const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
		if (result.status !== 0) {
			console.error('The build failed; see the messages above.');
			return 1;
		}
	}
	process.env.PORT = String(config.port);
	// adapter-node refuses bodies over 512K by default; uploads (volunteer files, SCB tables) may be up to 5 MB.
	process.env.BODY_SIZE_LIMIT ??= '6M';
	// The data directory is resolved now, so the server finds the same folder whatever its working directory.
	process.env.MEDSKAPA_DATA_DIR = config.dataDir;
	// With ORIGIN (one public address) or a proxy's PROTOCOL_HEADER, adapter-node's own server runs. Without
	// them, every host name reaches the app over plain HTTP, so each organisation answers on its own address.
	if (process.env.ORIGIN || process.env.PROTOCOL_HEADER) await import(pathToFileURL(BUILD_ENTRY).href);
	else
		await servePlainHttp(join(ROOT, 'build', 'handler.js'), { host: process.env.HOST ?? '0.0.0.0', port: config.port });
	console.log(`\nMedskapa körs på http://localhost:${config.port}`);
	if (config.seed === 'demo')
		console.log(`The second demo organisation (Norrviks byalag) is at http://norrvik.localhost:${config.port}`);
	console.log(
		config.databaseUrl
			? 'Database: PostgreSQL server (DATABASE_URL)'
			: `Database: embedded PostgreSQL (PGlite) in ${config.dataDir}`
	);
	if (config.seed === 'demo') console.log(demoLoginsText());
	console.log('Stop with Ctrl+C.');
	// The HTTP server keeps the process alive; SIGINT/SIGTERM close it and the database (see hooks.server.ts).
	return 0;
}
