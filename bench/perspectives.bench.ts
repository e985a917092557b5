/**
 * Perspectives: how many the API accepts per second on a PostgreSQL server, and how long theme suggestion
 * takes for 10,000 perspectives. Needs a build (`npm run build`) and PostgreSQL (BENCH_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/postgres); the benchmark creates and drops its own database.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { suggestThemes } from '../src/lib/analysis/text-harvest/index';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function apiThroughput(
	total: number,
	concurrency: number
): Promise<{ perSecond: number; p50: number; p95: number; failed: number }> {
	const name = `medskapa_bench_${process.pid}`;
	const admin = new pg.Client({ connectionString: ADMIN_URL });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	const port = 3900 + (process.pid % 50);
	const dataDir = mkdtempSync(join(tmpdir(), 'medskapa-bench-'));
	const child = spawn(process.execPath, [resolve('build/index.js')], {
		env: {
			...process.env,
			PORT: String(port),
			DATABASE_URL: url.toString(),
			MEDSKAPA_DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			ORIGIN: `http://127.0.0.1:${port}`,
			RATE_LIMIT_SUBMISSIONS: '0'
		},
		stdio: 'ignore'
	});
	try {
		const base = `http://127.0.0.1:${port}`;
		for (let i = 0; i < 300; i++) {
			if ((await fetch(`${base}/api/v1/processes`).catch(() => null))?.ok) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const latencies: number[] = [];
		let failed = 0;
		let next = 0;
		const started = performance.now();
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < total) {
					const i = next++;
					const t0 = performance.now();
					const res = await fetch(`${base}/api/v1/processes/trygg-storgatan/perspectives`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({
							text: `Benchmarkperspektiv nummer ${i}: mer ljus vid hållplatsen.`,
							profile: { ageBand: '25-44' }
						})
					});
					if (res.status !== 201) failed++;
					await res.arrayBuffer();
					latencies.push(performance.now() - t0);
				}
			})
		);
		const seconds = (performance.now() - started) / 1000;
		latencies.sort((a, b) => a - b);
		return {
			perSecond: total / seconds,
			p50: latencies[Math.floor(latencies.length * 0.5)],
			p95: latencies[Math.floor(latencies.length * 0.95)],
			failed
		};
	} finally {
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
		await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.end();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

function themeSuggestion(n: number): { ms: number; themes: number } {
	const corpus = JSON.parse(readFileSync('src/lib/server/seed/content/theme-test-corpus.json', 'utf8')) as {
		text: string;
	}[];
	// Resample the labelled corpus with small variations so the 10,000 documents are not exact duplicates.
	const docs = Array.from({ length: n }, (_, i) => ({
		id: String(i),
		text: `${corpus[i % corpus.length].text}${i % 3 === 0 ? ' Tack för att ni frågar.' : ''}`
	}));
	const t0 = performance.now();
	const result = suggestThemes(docs, { seed: 1 });
	return { ms: performance.now() - t0, themes: result.themes.length };
}

export default async function bench(): Promise<void> {
	console.log('| workload | result |');
	console.log('|---|---|');
	const s = themeSuggestion(10_000);
	console.log(
		`| theme suggestion, 10,000 perspectives (k chosen automatically) | ${Math.round(s.ms)} ms, ${s.themes} themes |`
	);
	if (!existsSync('build/index.js')) {
		console.log('| API throughput | skipped: run `npm run build` first |');
		return;
	}
	const api = await apiThroughput(2000, 8);
	console.log(
		`| POST /api/v1/processes/{slug}/perspectives on PostgreSQL, 2,000 requests, 8 concurrent | ${api.perSecond.toFixed(0)} perspectives/s, p50 ${api.p50.toFixed(1)} ms, p95 ${api.p95.toFixed(1)} ms, ${api.failed} failed |`
	);
}
