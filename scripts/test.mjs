#!/usr/bin/env node
/**
 * `npm test`: lint, types, unit and database tests, build, browser journeys. Stops after the first stage with a
 * failing part, with its exit code, and prints how long each part took (wall clock, and CPU seconds of the
 * part's processes) at the end. `node scripts/test.mjs unit+db browser` runs only the parts named.
 *
 * Lint, types and build are each mostly one process on one core, so they run side by side (their output is
 * printed whole, part by part, as each ends). Then the unit and database tests and the browser journeys run side
 * by side too: the journeys mostly wait (for a page, a server, a mail), using about one core of two on their own,
 * and the unit tests fill the rest, so both together take little longer than the journeys alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARTS = [
	{ name: 'lint', stage: 1, command: 'npx prettier --check . && npx eslint .' },
	{ name: 'types', stage: 1, command: 'npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings' },
	{ name: 'build', stage: 1, command: 'npx vite build' },
	{ name: 'unit+db', stage: 2, command: 'npx vitest run' },
	{ name: 'browser', stage: 2, command: 'npx vitest run --config vitest.e2e.config.ts' }
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !PARTS.some((p) => p.name === w));
if (unknown.length) {
	console.error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${PARTS.map((p) => p.name).join(', ')}`);
	process.exit(2);
}
const parts = wanted.length ? PARTS.filter((p) => wanted.includes(p.name)) : PARTS;
const stages = [...new Set(parts.map((p) => p.stage))].sort();

// ESLint's import resolver and svelte-check both read .svelte-kit/tsconfig.json: generate it once, first.
spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'medskapa-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** bash's `times` line for its children: "0m12.345s 0m1.234s" (user, system) → seconds. */
function cpuSeconds(file) {
	try {
		const line = readFileSync(file, 'utf8').trim().split('\n')[1] ?? '';
		return line
			.split(/\s+/)
			.map((t) => /^(\d+)m([\d.]+)s$/.exec(t))
			.reduce((sum, m) => sum + (m ? Number(m[1]) * 60 + Number(m[2]) : 0), 0);
	} catch {
		return undefined;
	}
}

/** Runs one part in bash; `buffered` collects its output to print at the end instead of streaming it. */
function run(part, buffered) {
	const timesFile = join(scratch, `${part.name}.times`);
	const script = `${part.command}; rc=$?; times > '${timesFile}'; exit $rc`;
	const began = Date.now();
	return new Promise((resolve) => {
		const child = spawn('bash', ['-c', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		let output = '';
		if (buffered) {
			child.stdout.on('data', (d) => (output += d));
			child.stderr.on('data', (d) => (output += d));
		}
		const done = (code) => {
			const result = { part: part.name, wall: Date.now() - began, cpu: cpuSeconds(timesFile), code };
			if (buffered) console.log(`\n=== ${part.name}: ${part.command}\n\n${output}`);
			resolve(result);
		};
		child.on('error', (error) => {
			output += String(error);
			done(1);
		});
		child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
	});
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
let exitCode = 0;
const start = Date.now();
for (const stage of stages) {
	const inStage = parts.filter((p) => p.stage === stage);
	const buffered = inStage.length > 1;
	if (buffered) console.log(`\n=== ${inStage.map((p) => p.name).join(', ')}: side by side, output as each ends`);
	else console.log(`\n=== ${inStage[0].name}: ${inStage[0].command}\n`);
	const stageResults = await Promise.all(inStage.map((part) => run(part, buffered)));
	results.push(...stageResults);
	const failed = stageResults.find((r) => r.code !== 0);
	if (failed) {
		exitCode = failed.code;
		break;
	}
}

console.log('\nTest parts (wall clock; CPU seconds of the part, user + system):');
for (const r of results) {
	const cpu = r.cpu === undefined ? '' : `${r.cpu.toFixed(1)} s CPU`;
	const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`;
	console.log(`  ${r.part.padEnd(8)} ${seconds(r.wall).padStart(9)}  ${cpu.padStart(13)}  ${status}`);
}
for (const p of parts.filter((p) => !results.some((r) => r.part === p.name)))
	console.log(`  ${p.name.padEnd(8)} ${'—'.padStart(9)}  ${''.padStart(13)}  not run`);
console.log(`  ${'total'.padEnd(8)} ${seconds(Date.now() - start).padStart(9)}`);
process.exit(exitCode);
