import { defineConfig } from 'vitest/config';

// End-to-end journeys in Debian's Chromium against the built app (run `vite build` first; `npm test` does).
// Files run in parallel; each worker has its own app server, database, mailbox and Chromium (global-setup.ts,
// worker-setup.ts). Two workers on 2 cores: with three, the servers and browsers starve each other.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		setupFiles: ['tests/e2e/worker-setup.ts'],
		maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
