import { openApp } from '../../lib/server/app';
import { readConfig } from '../../lib/server/config';
import { isEmpty } from '../../lib/server/seed/demo';
import { demoLoginsText } from './demo-logins';

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			'Usage: medskapa seed\n\nMigrates, then adds the demo organisation (Solbacka kommun), its staff and processes if the database is empty.'
		);
		return 0;
	}
	const config = readConfig();
	const app = await openApp(config, { seed: false });
	try {
		if (!(await isEmpty(app.database.db))) {
			console.log(`The database already has data (${app.database.location}); nothing was added.`);
			return 0;
		}
		const { seedDemo } = await import('../../lib/server/seed/demo');
		await seedDemo(app.ctx, { publicUrl: app.config.publicUrl });
		console.log(`Demo data added (${app.database.kind}: ${app.database.location}).\n${demoLoginsText()}`);
	} finally {
		await app.database.close();
	}
	return 0;
}
