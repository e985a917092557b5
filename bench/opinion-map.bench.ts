/**
 * Opinion-map engine benchmark: full recompute on the largest open-data conversation and on a generated
 * 20 000 × 3 000 conversation with 1.2 M votes, then one new vote applied incrementally (warm start).
 * Prints a markdown table; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import {
	applyVotes,
	computeOpinionMap,
	createOpinionMapState,
	parseCommentsCsv,
	parseParticipantsVotesCsv,
	setStatements,
	updateOpinionMap,
	type VoteInput
} from '../src/lib/analysis/opinion-map/index';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const clock = () => performance.now();
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

/** Deterministic synthetic conversation: 3 latent opinion groups, each statement leans per group. */
export function generateVotes(nP: number, nS: number, nVotes: number, seed = 42): VoteInput[] {
	let s = seed >>> 0;
	const rand = () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 4294967296;
	};
	const lean = Array.from({ length: nS }, () => [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1]);
	const group = Array.from({ length: nP }, () => Math.floor(rand() * 3));
	const perP = Math.round(nVotes / nP);
	const votes: VoteInput[] = [];
	const seen = new Set<number>();
	for (let p = 0; p < nP; p++) {
		seen.clear();
		while (seen.size < perP) {
			// earlier statements are seen more often, as with Pol.is routing
			const st = Math.floor(nS * rand() ** 1.5);
			if (seen.has(st)) continue;
			seen.add(st);
			const x = lean[st][group[p]] + (rand() - 0.5);
			votes.push({ participant: p, statement: st, vote: x > 0.35 ? 1 : x < -0.35 ? -1 : 0 });
		}
	}
	return votes;
}

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
}
