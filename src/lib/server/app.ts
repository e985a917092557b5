/**
 * @module The running application: one database per process, opened, migrated and (when empty) seeded
 * at start, closed on shutdown. Used by the SvelteKit server hooks and by the CLI. The server also runs the
 * mail outbox worker (when SMTP_URL is set); it is stopped before the database closes.
 */
import { readConfig, type Config } from './config';
import { openDatabase, type Database } from './db/client';
import { createMailer, type Mailer } from './jobs/mailer';
import { startOutboxWorker, type OutboxWorker } from './jobs/outbox-worker';
import { log } from './log';
import { stopOpinionMaps } from './opinion-map/service';
import { isEmpty, seedDemo } from './seed/demo';
import { systemContext, type UseCaseContext } from './use-cases/context';

export type App = {
	config: Config;
	database: Database;
	ctx: UseCaseContext;
	/** Null without SMTP_URL: mail then stays queued (staff see it as not sent). */
	mailer: Mailer | null;
	/** The outbox worker; started by startApp() (the server), not by openApp() (CLI commands). */
	worker: OutboxWorker | null;
};

let current: App | null = null;
let starting: Promise<App> | null = null;

export async function openApp(config: Config, options: { seed?: boolean } = {}): Promise<App> {
	const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	try {
		await database.migrate();
		const ctx = systemContext(database.db);
		if ((options.seed ?? config.seed === 'demo') && (await isEmpty(database.db))) {
			await seedDemo(ctx);
			log.info({ location: database.location }, 'seeded demo data');
		}
		log.info({ database: database.kind, location: database.location }, 'database ready');
		return { config, database, ctx, mailer: createMailer(config), worker: null };
	} catch (e) {
		await database.close();
		throw e;
	}
}

/** Starts the app once per process; later calls get the same instance. */
export function startApp(config: Config = readConfig()): Promise<App> {
	starting ??= openApp(config).then((opened) => (current = { ...opened, worker: startWorker(opened) }));
	return starting;
}

function startWorker(opened: App): OutboxWorker | null {
	if (!opened.mailer) {
		log.info('mail is queued but not sent: SMTP_URL is not set');
		return null;
	}
	log.info('mail outbox worker started');
	return startOutboxWorker({ db: opened.database.db, mailer: opened.mailer, log });
}

export function app(): App {
	if (!current) throw new Error('Medskapa is not started: startApp() must run first (the server init hook does it).');
	return current;
}

export async function stopApp(): Promise<void> {
	const running = current;
	current = null;
	starting = null;
	if (!running) return;
	try {
		await running.worker?.stop();
		running.mailer?.close();
		await stopOpinionMaps();
	} finally {
		await running.database.close();
	}
}
