import { readConfig } from '../../lib/server/config';
import { openDatabase } from '../../lib/server/db/client';

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			'Usage: medskapa migrate\n\nApplies the committed SQL migrations to the embedded database (MEDSKAPA_DATA_DIR) or to DATABASE_URL.'
		);
		return 0;
	}
	const config = readConfig();
	const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	try {
		await database.migrate();
		console.log(`Migrations applied (${database.kind}: ${database.location}).`);
	} finally {
		await database.close();
	}
	return 0;
}
