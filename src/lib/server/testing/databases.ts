/**
 * @module Test helper: run a DB test suite on PGlite always, and on a PostgreSQL server too when
 * TEST_DATABASE_URL is set. Each server run creates its own database and drops it afterwards.
 *
 * Under the unit-test configuration both start migrated: PGlite from the dump, the server database from the
 * template that global-setup.ts made once for the run. Elsewhere they are created empty and migrated.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKinds(): TestDatabaseKind[] {
	return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let dump: Blob | undefined;

/** `CREATE DATABASE … TEMPLATE` refuses while another session is briefly on the template: try again. */
async function createDatabase(admin: pg.Client, name: string, template: string | undefined): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		try {
			await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
			return;
		} catch (error) {
			const busy = /being accessed by other users/.test(String((error as Error).message));
			if (!busy || attempt >= 20) throw error;
			await new Promise((r) => setTimeout(r, 100 + attempt * 50));
		}
	}
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<Database> {
	if (kind === 'pglite') {
		const dumpFile = inject('pgliteDump');
		if (dumpFile) {
			dump ??= new Blob([readFileSync(dumpFile)]);
			return openDatabase({ inMemory: true, loadDataDir: dump });
		}
		const database = await openDatabase({ inMemory: true });
		await database.migrate();
		return database;
	}
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const template = inject('postgresTemplate');
	const name = `medskapa_test_${process.pid}_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		await createDatabase(admin, name, template);
	} finally {
		await admin.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = await openDatabase({ databaseUrl: url.toString() });
	if (!template) await database.migrate();
	return {
		...database,
		close: async () => {
			await database.close();
			const dropper = new pg.Client({ connectionString: adminUrl });
			await dropper.connect();
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}
