/**
 * @module Test helper: run a DB test suite on PGlite always, and on a PostgreSQL server too when
 * TEST_DATABASE_URL is set. Each server run creates its own database and drops it afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKinds(): TestDatabaseKind[] {
	return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<Database> {
	if (kind === 'pglite') {
		const database = await openDatabase({ inMemory: true });
		await database.migrate();
		return database;
	}
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const name = `medskapa_test_${process.pid}_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = await openDatabase({ databaseUrl: url.toString() });
	await database.migrate();
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
