/**
 * @module The running application: one database per process, opened, migrated and (when empty) seeded
 * at start, closed on shutdown. Used by the SvelteKit server hooks and by the CLI. The server also runs the
 * outbox worker (when SMTP_URL or SMS_URL is set); it is stopped before the database closes.
 */
import { readConfig, type Config } from './config';
import { openDatabase, type Database } from './db/client';
import { createMailer, type Mailer } from './jobs/mailer';
import { startOutboxWorker, type OutboxWorker } from './jobs/outbox-worker';
import { createSmsSender, type SmsSender } from './jobs/sms';
import { log } from './log';
import { createRateLimiter, type RateLimiter } from './security/rate-limit';
import { createVoteLimits, type VoteLimits } from './modules/statements/vote-limits';
import { stopOpinionMaps } from './opinion-map/service';
import { stopPanelLotteries } from './panel-lottery/service';
import { resumeLotteries } from './jobs/panel-lottery';
import { isEmpty, seedDemo } from './seed/demo';
import { systemContext, type UseCaseContext } from './modules/context';
import { purgePanelVolunteers } from './modules/panel/forget-panel-volunteers';
import { purgeExpiredContacts } from './modules/records/purge-expired-contacts';
import { prepareScheduledDisposals } from './modules/retention/dispose-records';
import { deleteExpiredSignInState } from './modules/identity/queries/staff-auth';

export type App = {
	config: Config;
	database: Database;
	ctx: UseCaseContext;
	/** Null without SMTP_URL: mail then stays queued (staff see it as not sent). */
	mailer: Mailer | null;
	/** Null without SMS_URL: SMS then stays queued (staff see it as not sent). */
	sms: SmsSender | null;
	/** The outbox worker; started by startApp() (the server), not by openApp() (CLI commands). */
	worker: OutboxWorker | null;
	/**
	 * In-memory rate limits: anonymous submissions per client address, failed sign-ins per account and address,
	 * statement votes per participant and address and new statement participants per address.
	 */
	limits: { submissions: RateLimiter; signInFailures: RateLimiter; votes: VoteLimits };
};

let current: App | null = null;
let starting: Promise<App> | null = null;

export async function openApp(config: Config, options: { seed?: boolean } = {}): Promise<App> {
	const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	try {
		await database.migrate();
		const ctx = systemContext(database.db);
		if ((options.seed ?? config.seed === 'demo') && (await isEmpty(database.db))) {
			await seedDemo(ctx, { publicUrl: config.publicUrl });
			log.info({ location: database.location }, 'seeded demo data');
		}
		log.info({ database: database.kind, location: database.location }, 'database ready');
		const limits = {
			submissions: createRateLimiter(config.rateLimits.submissionsPer10Minutes, 10 * 60_000),
			signInFailures: createRateLimiter(config.rateLimits.signInFailuresPer15Minutes, 15 * 60_000),
			votes: createVoteLimits(config.voteLimits.votesPer10Minutes, config.voteLimits.newParticipantsPer10Minutes)
		};
		return { config, database, ctx, mailer: createMailer(config), sms: createSmsSender(config), worker: null, limits };
	} catch (e) {
		await database.close();
		throw e;
	}
}

/** Starts the app once per process; later calls get the same instance. */
export function startApp(config: Config = readConfig()): Promise<App> {
	starting ??= openApp(config).then((opened) => {
		startRetention(opened);
		void resumeLotteries(opened.ctx)
			.then((n) => n > 0 && log.info({ draws: n }, 'panel lotteries left computing resumed'))
			.catch((e: unknown) => log.warn({ err: e }, 'could not resume panel lotteries'));
		return (current = { ...opened, worker: startWorker(opened) });
	});
	return starting;
}

const RETENTION_EVERY_MS = 6 * 3600_000;
let retentionTimer: NodeJS.Timeout | null = null;

/**
 * Removes expired contact details, and panel volunteers' details no longer needed, now and every six hours
 * (the server only; a failure is logged and retried).
 */
function startRetention(opened: App): void {
	const run = () =>
		purgeExpiredContacts(opened.ctx)
			.then((r) => r.removed > 0 && log.info(r, 'expired contact details removed'))
			.then(() => purgePanelVolunteers(opened.ctx))
			.then((r) => r.removed > 0 && log.info(r, "panel volunteers' details removed"))
			// What the records plan makes due waits as a preview for staff to confirm (nothing is disposed here).
			.then(() => prepareScheduledDisposals(opened.ctx))
			.then((r) => r.previews > 0 && log.info(r, 'disposal previews prepared'))
			.then(() => deleteExpiredSignInState(opened.database.db, new Date()))
			.catch((e: unknown) => log.warn({ err: e }, 'retention run failed'));
	void run();
	retentionTimer = setInterval(run, RETENTION_EVERY_MS);
	retentionTimer.unref();
}

function startWorker(opened: App): OutboxWorker | null {
	if (!opened.mailer) log.info('mail is queued but not sent: SMTP_URL is not set');
	if (!opened.sms) log.info('SMS is queued but not sent: SMS_URL is not set');
	// Without senders the worker still moves due notices into the outbox, where staff see them as not sent.
	log.info({ email: Boolean(opened.mailer), sms: Boolean(opened.sms) }, 'outbox worker started');
	return startOutboxWorker({
		db: opened.database.db,
		mailer: { email: opened.mailer, sms: opened.sms },
		noticeGatherMs: opened.config.noticeGatherMs,
		log
	});
}

export function app(): App {
	if (!current) throw new Error('Medskapa is not started: startApp() must run first (the server init hook does it).');
	return current;
}

export async function stopApp(): Promise<void> {
	const running = current;
	current = null;
	starting = null;
	if (retentionTimer) clearInterval(retentionTimer);
	retentionTimer = null;
	if (!running) return;
	try {
		await running.worker?.stop();
		running.mailer?.close();
		await stopOpinionMaps();
		await stopPanelLotteries();
	} finally {
		await running.database.close();
	}
}
