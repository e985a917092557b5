#!/usr/bin/env node
/**
 * `npm test`: lint, types, unit and database tests, build, browser journeys — in that order. Stops at the first
 * part that fails, with its exit code, and prints how long each part took (wall clock and CPU seconds of the
 * part's processes) at the end. `node scripts/test.mjs unit browser` runs only the parts named.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PARTS = [
	{ name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
	{ name: 'types', command: ['npm', 'run', '--silent', 'check'] },
	{ name: 'unit+db', command: ['npx', 'vitest', 'run'] },
	{ name: 'build', command: ['npx', 'vite', 'build'] },
	{ name: 'browser', command: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts'] }
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !PARTS.some((p) => p.name === w));
if (unknown.length) {
	console.error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${PARTS.map((p) => p.name).join(', ')}`);
	process.exit(2);
}
const parts = wanted.length ? PARTS.filter((p) => wanted.includes(p.name)) : PARTS;

/** CPU seconds (user + system) of this process's finished children, from /proc; undefined where there is none. */
function childCpuSeconds() {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 16 and 17 of stat(5) (cutime, cstime), counted from 1 with pid and comm: indices 13 and 14 here.
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return undefined;
	}
}

function run(command) {
	return new Promise((resolve) => {
		const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
let exitCode = 0;
const start = Date.now();
for (const part of parts) {
	console.log(`\n=== ${part.name}: ${part.command.join(' ')}\n`);
	const cpuBefore = childCpuSeconds();
	const began = Date.now();
	const code = await run(part.command);
	const cpuAfter = childCpuSeconds();
	results.push({
		part: part.name,
		wall: Date.now() - began,
		cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
		code
	});
	if (code !== 0) {
		exitCode = code;
		break;
	}
}

console.log('\nTest parts (wall clock; CPU seconds of the part, user + system):');
for (const r of results) {
	const cpu = r.cpu === undefined ? '' : `${r.cpu.toFixed(1)} s CPU`;
	const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`;
	console.log(`  ${r.part.padEnd(8)} ${seconds(r.wall).padStart(9)}  ${cpu.padStart(13)}  ${status}`);
}
for (const p of parts.slice(results.length))
	console.log(`  ${p.name.padEnd(8)} ${'—'.padStart(9)}  ${''.padStart(13)}  not run`);
console.log(`  ${'total'.padEnd(8)} ${seconds(Date.now() - start).padStart(9)}`);
process.exit(exitCode);
