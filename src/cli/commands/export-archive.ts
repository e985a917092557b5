/**
 * `medskapa export-archive --process <slug> --out <dir>`: writes one process as an archive package folder
 * (E-ARK CSIP style) to `<dir>/<slug>/`. Refuses to write over an existing folder.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openApp } from '../../lib/server/app';
import { readConfig } from '../../lib/server/config';
import { archiveProcessFromCli } from '../../lib/server/modules/records/export-archive-package';

const USAGE = [
	'Usage: medskapa export-archive --process <slug> --out <dir> [--organisation <slug>]',
	'',
	'Writes the process as an archive package (E-ARK CSIP style) to <dir>/<process slug>/: METS.xml listing',
	'every file with its SHA-256, Dublin Core and PREMIS metadata, every record as CSV and JSON, and the',
	'perspective report as PDF when it is published. No personal data is included. The export is audited.'
].join('\n');

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(USAGE);
		return 0;
	}
	const slug = option(args, '--process');
	const out = option(args, '--out');
	if (!slug || !out) {
		console.error(`Both --process and --out are needed.\n\n${USAGE}`);
		return 2;
	}
	const target = join(resolve(out), slug);
	if (existsSync(target)) {
		console.error(`${target} already exists; choose another --out folder (an archive package is never overwritten).`);
		return 2;
	}
	const config = readConfig();
	const app = await openApp(config, { seed: false });
	try {
		const result = await archiveProcessFromCli(app.ctx, {
			organisation: option(args, '--organisation'),
			slug,
			publicUrl: config.publicUrl
		});
		if (!result.ok) {
			console.error(
				result.error.code === 'no_organisation'
					? 'No such organisation in the database.'
					: `No process with the address "${slug}".`
			);
			return 1;
		}
		for (const file of result.value.files) {
			const path = join(resolve(out), file.path);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, file.data);
		}
		const s = result.value.summary;
		console.log(
			`Wrote ${s.files} files (${s.bytes} bytes) to ${target}: ${s.perspectives} perspectives${s.hasReport ? ', the perspective report as PDF' : ''}.`
		);
		return 0;
	} finally {
		await app.database.close();
	}
}
