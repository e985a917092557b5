import { startSmsServer } from '../../lib/server/testing/sms-server';

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			[
				'Usage: medskapa sms-test-server [--port N]',
				'',
				'Starts a local SMS provider on 127.0.0.1 that speaks the same HTTP format as 46elks and prints every',
				'message it receives. Start Medskapa with the SMS_URL it prints to try SMS notifications without sending any.',
				'Stop it with Ctrl+C.'
			].join('\n')
		);
		return 0;
	}
	const i = args.indexOf('--port');
	const port = i >= 0 ? Number(args[i + 1]) : 0;
	if (i >= 0 && (!Number.isInteger(port) || port < 0 || port > 65535)) {
		console.error('--port must be a whole number from 0 to 65535.');
		return 2;
	}
	const server = await startSmsServer({
		port,
		onReceive: (sms) =>
			console.log(`${sms.at.toISOString()}  ${sms.from} → ${sms.to}\n  ${sms.message.replace(/\n/g, '\n  ')}`)
	});
	console.log(`SMS test server listening. Start Medskapa with:\n  SMS_URL=${server.url}`);
	await new Promise<void>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	await server.close();
	return 0;
}
