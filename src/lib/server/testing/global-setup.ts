/**
 * Global setup of the unit and database tests: migrates once per run, so each test database starts from a
 * migrated copy instead of initialising and migrating its own (that took most of a small database test's time).
 * - PGlite: a dump of a migrated in-memory database, in a file; `createTestDatabase` loads it.
 * - With TEST_DATABASE_URL: a migrated template database on the server; each test database is created from it.
 * Both are removed when the run ends.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';

let scratch: string | undefined;
let template: string | undefined;

async function onServer(sql: string): Promise<void> {
	const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
	await admin.connect();
	try {
		await admin.query(sql);
	} finally {
		await admin.end();
	}
}

export async function setup(project: TestProject) {
	scratch = mkdtempSync(join(tmpdir(), 'medskapa-unit-'));
	const migrated = await openDatabase({ inMemory: true });
	await migrated.migrate();
	const client = (migrated.db as unknown as { $client: { dumpDataDir: (c: 'none') => Promise<Blob> } }).$client;
	const dump = await client.dumpDataDir('none');
	await migrated.close();
	const dumpFile = join(scratch, 'migrated-pglite.tar');
	writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteDump', dumpFile);

	if (process.env.TEST_DATABASE_URL) {
		template = `medskapa_test_template_${process.pid}_${randomBytes(4).toString('hex')}`;
		await onServer(`CREATE DATABASE ${template}`);
		const url = new URL(process.env.TEST_DATABASE_URL);
		url.pathname = `/${template}`;
		const database = await openDatabase({ databaseUrl: url.toString() });
		await database.migrate();
		await database.close();
		project.provide('postgresTemplate', template);
	}
}

export async function teardown() {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
	if (template) await onServer(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** A dump of a migrated PGlite database (see global-setup.ts). */
		pgliteDump: string;
		/** A migrated template database on the TEST_DATABASE_URL server. */
		postgresTemplate: string;
	}
}
