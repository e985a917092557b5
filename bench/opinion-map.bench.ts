/**
 * Opinion-map engine benchmark: full recompute on the largest open-data conversation and on a generated
 * 20 000 × 3 000 conversation with 1.2 M votes, then one new vote applied incrementally (warm start); then the
 * `medskapa opinion-map` command end to end on the generated Pol.is exports (both formats) at 1.2 M votes, and
 * at 10 M votes (100 000 × 10 000) with OPINION_MAP_BENCH_10M=1 (writes about 1.6 GB of CSV once, into
 * OPINION_MAP_BENCH_DATA or the temp folder). Prints markdown tables; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVotes, writeSyntheticExports, type SyntheticSize } from './opinion-map-data';
import {
	applyVotes,
	computeOpinionMap,
	createOpinionMapState,
	parseCommentsCsv,
	parseParticipantsVotesCsv,
	setStatements,
	updateOpinionMap
} from '../src/lib/analysis/opinion-map/index';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const clock = () => performance.now();
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

interface Row {
	workload: string;
	wall: number;
	cpu: number;
	memory: string;
	note: string;
}

/** Process CPU time in ms (all threads, so GC helpers count); less sensitive than wall time to a busy host. */
const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const retained = () => {
	const m = process.memoryUsage();
	return m.heapUsed + m.external + m.arrayBuffers;
};
const breakdown = (t: Record<string, number>) =>
	Object.entries(t)
		.map(([k, v]) => `${k} ${v.toFixed(0)}`)
		.join(', ');

function measure<T>(fn: () => T): { value: T; wall: number; cpu: number } {
	const c = cpuMs();
	const w = clock();
	const value = fn();
	return { value, wall: clock() - w, cpu: cpuMs() - c };
}

/** Bytes held in the state's typed arrays (deterministic, unlike heap deltas without --expose-gc). */
function typedBytes(x: unknown, seen = new Set<unknown>()): number {
	if (!x || typeof x !== 'object' || seen.has(x)) return 0;
	seen.add(x);
	if (ArrayBuffer.isView(x)) return x.byteLength;
	if (x instanceof Map) return [...x.values()].reduce((s: number, v) => s + typedBytes(v, seen), 0);
	return Object.values(x).reduce((s: number, v) => s + typedBytes(v, seen), 0);
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function bench(): Promise<void> {
	const rows: Row[] = [];
	const gc = (globalThis as { gc?: () => void }).gc;
	const bg = path.join(shared, 'data/polis/opendata/american-assembly.bowling-green');
	if (existsSync(bg)) {
		const pv = parseParticipantsVotesCsv(readFileSync(path.join(bg, 'participants-votes.csv'), 'utf8'));
		const statements = parseCommentsCsv(readFileSync(path.join(bg, 'comments.csv'), 'utf8'));
		computeOpinionMap({ votes: pv.votes, statements }); // warm the JIT
		const runs = [0, 1, 2].map(() => measure(() => computeOpinionMap({ votes: pv.votes, statements }, { clock })));
		const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
		const r = best.value;
		rows.push({
			workload: `bowling-green full recompute (${r.participantIds.length} × ${r.statementIds.length}, ${pv.votes.length} votes; best of 3)`,
			wall: best.wall,
			cpu: best.cpu,
			memory: '',
			note: breakdown(r.timingsMs)
		});
	}
	const votes = generateVotes(20_000, 3_000, 1_200_000);
	gc?.();
	const mem0 = retained();
	const state = createOpinionMapState({ seed: 7 });
	setStatements(state, []);
	const ingest = measure(() => applyVotes(state, votes));
	rows.push({
		workload: '20k × 3k: ingest 1.2M votes (applyVotes)',
		wall: ingest.wall,
		cpu: ingest.cpu,
		memory: '',
		note: ''
	});
	const full = measure(() => updateOpinionMap(state, clock));
	gc?.();
	const stateBytes = retained() - mem0;
	rows.push({
		workload: '20k × 3k: full recompute, cold (updateOpinionMap on a fresh state)',
		wall: full.wall,
		cpu: full.cpu,
		memory: `state typed arrays ${mib(typedBytes(state))}; heap+external growth ${mib(stateBytes)}${gc ? '' : ' (no --expose-gc: approximate)'}`,
		note: `${breakdown(full.value.timingsMs)}; PCA iterations ${full.value.pca.iterations.join('+')}; k=${full.value.k}`
	});
	const walls: number[] = [];
	const cpus: number[] = [];
	let last = full.value;
	for (let i = 0; i < 11; i++) {
		// an existing participant votes on a statement they had not seen yet
		const m = measure(() => {
			applyVotes(state, [{ participant: i * 101, statement: 2_999 - i, vote: i % 2 ? 1 : -1 }]);
			return updateOpinionMap(state, clock);
		});
		walls.push(m.wall);
		cpus.push(m.cpu);
		last = m.value;
	}
	rows.push({
		workload: '20k × 3k: one new vote, incremental (applyVotes + warm updateOpinionMap, median of 11)',
		wall: median(walls),
		cpu: median(cpus),
		memory: `${mib(process.memoryUsage().rss)} peak-ish RSS`,
		note: `last: ${breakdown(last.timingsMs)}; PCA iterations ${last.pca.iterations.join('+')}`
	});
	const [load1] = loadavg();
	console.log(`Host load average (1 min) during the run: ${load1.toFixed(2)}\n`);
	console.log('| workload | wall ms | CPU ms | memory | breakdown (wall ms) |\n|---|---:|---:|---|---|');
	for (const r of rows)
		console.log(`| ${r.workload} | ${r.wall.toFixed(0)} | ${r.cpu.toFixed(0)} | ${r.memory} | ${r.note} |`);
	cliBench();
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** One `medskapa opinion-map` run in a fresh process: wall, CPU, peak RSS and the command's own phase timings. */
function runCli(votes: string) {
	const out = path.join(tmpdir(), `opinion-map-bench-${process.pid}.json`);
	const started = performance.now();
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', path.join(here, 'opinion-map-cli-run.ts'), '--votes', votes, '--out', out],
		{ encoding: 'utf8', cwd: path.join(here, '..') }
	);
	const wall = performance.now() - started;
	const stats = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
	if (child.status !== 0 || stats.code !== 0) throw new Error(`opinion-map failed: ${child.stderr}`);
	const timings: Record<string, number> = JSON.parse(readFileSync(out, 'utf8')).timingsMs;
	rmSync(out);
	return { wall, cpu: stats.cpuMs as number, rss: stats.peakRssBytes as number, timings };
}

/** The command end to end on generated exports, median of 3 runs by wall time. */
function cliBench(): void {
	const dataDir = process.env.OPINION_MAP_BENCH_DATA ?? path.join(tmpdir(), 'medskapa-opinion-map-bench');
	const sizes: [string, SyntheticSize][] = [
		['20k × 3k, 1.2M votes', { participants: 20_000, statements: 3_000, votes: 1_200_000 }]
	];
	if (process.env.OPINION_MAP_BENCH_10M === '1')
		sizes.push(['100k × 10k, 10M votes', { participants: 100_000, statements: 10_000, votes: 10_000_000 }]);
	console.log(
		'\n`medskapa opinion-map` end to end (own process, median of 3 by wall time; read = streaming parse, ingest = vote store, compute = the tick)\n'
	);
	console.log(
		'| workload | file | wall ms | CPU ms | peak RSS | read | ingest | compute | of which PCA | total in command |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'
	);
	for (const [label, size] of sizes) {
		const files = writeSyntheticExports(
			path.join(dataDir, `${size.participants}-${size.statements}-${size.votes}`),
			size
		);
		for (const file of [files.votes, files.participantsVotes]) {
			const runs = [0, 1, 2].map(() => runCli(file)).sort((a, b) => a.wall - b.wall);
			const m = runs[1];
			const t = m.timings;
			const compute = Object.entries(t)
				.filter(([k]) => !['read', 'ingest', 'total'].includes(k))
				.reduce((s, [, v]) => s + v, 0);
			const f = (x: number) => x.toFixed(0);
			console.log(
				`| ${label} | ${path.basename(file)} (${mib(statSync(file).size)}) | ${f(m.wall)} | ${f(m.cpu)} | ${mib(m.rss)} | ${f(t.read)} | ${f(t.ingest)} | ${f(compute)} | ${f(t.pca)} | ${f(t.total)} |`
			);
		}
	}
}
