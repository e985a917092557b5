/**
 * `npm run bench [-- name...]` runs every `bench/*.bench.ts` (or those whose name contains an argument).
 * Each module's default export is an async function that prints its own table.
 * Benchmarks are programs, never tests: nothing here asserts a timing.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
	.filter((f) => f.endsWith('.bench.ts'))
	.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
	.sort();

const cpu = cpus();
console.log(
	`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`
);
for (const file of files) {
	console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
	const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
	await mod.default();
}
