import { defineConfig } from 'vitest/config';

// End-to-end journeys in Debian's Chromium against the built app (run `vite build` first; `npm test` does).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
