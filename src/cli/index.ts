/**
 * @module The `medskapa` command: serve, migrate, seed, and the analysis engines.
 * Each command is a module with `run(args): Promise<exitCode>`, loaded only when used.
 */
type Command = { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const COMMANDS: Record<string, Command> = {
	serve: {
		summary: 'Start the web app (builds it first when there is no fresh build)',
		load: () => import('./commands/serve')
	},
	migrate: {
		summary: 'Apply database migrations (PGlite in MEDSKAPA_DATA_DIR, or DATABASE_URL)',
		load: () => import('./commands/migrate')
	},
	seed: {
		summary: 'Add the demo organisation, logins and processes to an empty database',
		load: () => import('./commands/seed')
	},
	'opinion-map': {
		summary: 'Compute an opinion map from Pol.is-format votes (CSV) to JSON',
		load: () => import('./commands/opinion-map')
	},
	'select-panel': {
		summary: 'Select a panel by lot with quotas (LEXIMIN) from CSV to JSON',
		load: () => import('./commands/select-panel')
	},
	'verify-draw': {
		summary: 'Re-run a panel draw from its public verification file and check the result',
		load: () => import('./commands/verify-draw')
	},
	'export-archive': {
		summary: 'Write one process as an archive package folder (E-ARK CSIP style, no personal data)',
		load: () => import('./commands/export-archive')
	},
	'send-mail': {
		summary: 'Send the mail and SMS that are due in the outbox once (SMTP_URL, SMS_URL) and print counts',
		load: () => import('./commands/send-mail')
	},
	'totp-code': {
		summary: "Print the demo admin's current two-step sign-in code (or one for --secret)",
		load: () => import('./commands/totp-code')
	},
	'sms-test-server': {
		summary: 'Run a local SMS provider (46elks format) that prints what it receives',
		load: () => import('./commands/sms-test-server')
	}
};

export function usage(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
	return [
		'Medskapa – co-creative citizen dialogue',
		'',
		'Usage: medskapa <command> [options]',
		'',
		'Commands:',
		...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
		'',
		'Run `medskapa <command> --help` for the options of a command.',
		'Environment: PORT, DATABASE_URL, MEDSKAPA_DATA_DIR, MEDSKAPA_SEED=demo|none, SMTP_URL, MAIL_FROM, SMS_URL, SMS_FROM, ORIGIN, LOG_LEVEL'
	].join('\n');
}

export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		console.log(usage());
		return 0;
	}
	const command = COMMANDS[name];
	if (!command) {
		console.error(`Unknown command: ${name}\n\n${usage()}`);
		return 2;
	}
	try {
		return await (await command.load()).run(rest);
	} catch (e) {
		console.error(e instanceof Error ? e.message : String(e));
		return 1;
	}
}
