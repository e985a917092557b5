import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The bundler's plugin-timing report is noise for someone running `npm start` for the first time.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts'],
		// DB tests open PGlite (WASM); keep workers few on 2 cores
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
