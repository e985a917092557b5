/**
 * @module Starts a `node:worker_threads` worker on a worker-entry module's own file. Each service loads
 * its worker-entry module with a dynamic `import()`, so Vite and then adapter-node's Rollup emit it as a
 * chunk of its own, and passes that module's `import.meta.url` here: a .js chunk when built, the .ts
 * source under tsx (CLI, vitest, vite dev), where the thread first registers tsx's loader (Node 20 does
 * not pass `--import` loaders to workers). Resolves once the entry has loaded and said it is ready.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export async function startWorkerThread(url: string, role: string, name: string): Promise<Worker> {
	const options = { workerData: { role } };
	let worker: Worker;
	if (url.endsWith('.ts')) {
		const tsxApi = pathToFileURL(
			createRequire(import.meta.url)
				.resolve('tsx/package.json')
				.replace(/package\.json$/, 'dist/esm/api/index.mjs')
		).href;
		worker = new Worker(
			`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`,
			{ ...options, eval: true }
		);
	} else {
		worker = new Worker(new URL(url), options);
	}
	// Ready means the module (and its engine) loaded in the thread, not only that the thread started.
	await new Promise<void>((resolve, reject) => {
		const fail = (error: unknown) => {
			void worker.terminate();
			reject(error instanceof Error ? error : new Error(String(error)));
		};
		const timer = setTimeout(() => fail(new Error(`the ${name} worker did not start in 20 s`)), 20_000);
		worker.once('message', () => {
			clearTimeout(timer);
			worker.off('error', fail);
			worker.off('exit', fail);
			resolve();
		});
		worker.once('error', fail);
		worker.once('exit', (code) => fail(new Error(`exited with ${code}`)));
	});
	return worker;
}
