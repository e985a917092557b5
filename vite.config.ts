import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The bundler's plugin-timing report is noise for someone running `npm start` for the first time.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		// Migrates once for the run; test databases start from the result (src/lib/server/testing/databases.ts).
		globalSetup: ['src/lib/server/testing/global-setup.ts'],
		// DB tests open PGlite (WASM); keep workers few on 2 cores
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
