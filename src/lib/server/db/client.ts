/**
 * @module Opens the database: embedded PGlite by default, a PostgreSQL server when DATABASE_URL is set.
 * Both speak the same SQL and share one schema and one set of migrations.
 */
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index';
import { lockDataDir } from './lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database = {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Where the data is, for messages: a folder or a server address without credentials. */
	location: string;
	migrate: () => Promise<void>;
	close: () => Promise<void>;
};

export type DatabaseOptions = {
	databaseUrl?: string;
	dataDir?: string;
	inMemory?: boolean;
	/** In memory: start from this PGlite data directory dump (`dumpDataDir`) instead of an empty database. */
	loadDataDir?: Blob;
};

/** The committed SQL migrations. Found from the working directory first, then beside the package. */
export function migrationsFolder(): string {
	const candidates = [resolve('drizzle'), resolve(import.meta.dirname ?? '.', '../../../../drizzle')];
	return candidates.find((c) => existsSync(join(c, 'meta', '_journal.json'))) ?? candidates[0];
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
	if (options.databaseUrl) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		const url = new URL(options.databaseUrl);
		return {
			db,
			kind: 'postgres',
			location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
			migrate: () => migratePg(db as never, { migrationsFolder: migrationsFolder() }),
			close: () => pool.end()
		};
	}
	if (options.inMemory) {
		const client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : undefined);
		const db = drizzlePglite(client, { schema }) as unknown as Db;
		return {
			db,
			kind: 'pglite',
			location: 'memory',
			migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
			close: () => client.close()
		};
	}
	const dataDir = resolve(options.dataDir ?? './data');
	const unlock = lockDataDir(dataDir);
	try {
		const client = await PGlite.create(join(dataDir, 'pgdata'));
		const db = drizzlePglite(client, { schema }) as unknown as Db;
		return {
			db,
			kind: 'pglite',
			location: dataDir,
			migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
			close: async () => {
				try {
					await client.close();
				} finally {
					unlock();
				}
			}
		};
	} catch (e) {
		unlock();
		throw e;
	}
}
