import { openApp } from '../../lib/server/app';
import { readConfig } from '../../lib/server/config';
import { drainOutbox } from '../../lib/server/jobs/outbox-worker';

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			[
				'Usage: medskapa send-mail',
				'',
				'Sends the mail (over SMTP_URL) and SMS (through SMS_URL) that is due in the outbox once, and prints how many were sent,',
				'will be tried again later and failed for good. Exits with 1 when any attempt failed.',
				'The web server does this by itself every few seconds; this command is for checking the SMTP',
				'and SMS settings and for running from cron.'
			].join('\n')
		);
		return 0;
	}
	const config = readConfig();
	const app = await openApp(config, { seed: false });
	try {
		if (!app.mailer && !app.sms) {
			console.error(
				'Neither SMTP_URL nor SMS_URL is set, so nothing was sent; it stays queued (staff see it under Utskick).'
			);
			return 1;
		}
		if (!app.mailer) console.error('SMTP_URL is not set: mail stays queued.');
		if (!app.sms) console.error('SMS_URL is not set: SMS stays queued.');
		const result = await drainOutbox(app.database.db, { email: app.mailer, sms: app.sms }, new Date());
		console.log(`Sent: ${result.sent}. To try again later: ${result.retried}. Failed for good: ${result.failed}.`);
		return result.retried + result.failed > 0 ? 1 : 0;
	} finally {
		app.mailer?.close();
		await app.database.close();
	}
}
