/**
 * `medskapa verify-draw --file urval.json`: re-runs a panel draw from its public verification file alone
 * (the seed and the lottery) and says whether the published panel and reserves are the ones the seed gives.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rerunDraw, type VerificationFile } from '../../lib/domain/panel/draw';

const USAGE = `Usage: medskapa verify-draw --file FILE

Re-runs a panel draw from the verification file published on the panel's public page
(/processer/<slug>/urval) and checks the drawn panel and the ordered reserves.

  --file FILE   the verification file (JSON)
  --help        show this text
`;

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export async function run(args: string[]): Promise<number> {
	let values;
	try {
		values = parseArgs({
			args,
			strict: true,
			options: { file: { type: 'string' }, help: { type: 'boolean', default: false } }
		}).values;
	} catch (error) {
		console.error(`verify-draw: ${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!values.file) {
		console.error(`verify-draw: --file is required.\n\n${USAGE}`);
		return 2;
	}
	let file: VerificationFile;
	try {
		file = JSON.parse(readFileSync(values.file, 'utf8')) as VerificationFile;
	} catch (error) {
		console.error(`verify-draw: cannot read "${values.file}": ${(error as Error).message}`);
		return 2;
	}
	if (
		typeof file.seed !== 'string' ||
		!Array.isArray(file.lottery) ||
		!Array.isArray(file.selected) ||
		!Array.isArray(file.reserves) ||
		typeof file.inputs?.reserves !== 'number'
	) {
		console.error(
			'verify-draw: the file is not a Medskapa panel verification file (seed, lottery, selected, reserves).'
		);
		return 2;
	}
	const again = rerunDraw(file);
	const isPanelOk = same([...again.selected].sort(), [...file.selected].sort());
	const isReservesOk = same(again.reserves, file.reserves);
	console.log(`Seed: ${file.seed}`);
	console.log(`Lottery: ${file.lottery.length} panels; drawn panel number ${again.drawnIndex + 1}`);
	console.log(
		`Panel: ${again.selected.join(', ')} – ${isPanelOk ? 'matches the published panel' : 'DOES NOT match the published panel'}`
	);
	console.log(
		`Reserves: ${again.reserves.join(', ') || '(none)'} – ${isReservesOk ? 'match the published reserves' : 'DO NOT match the published reserves'}`
	);
	return isPanelOk && isReservesOk ? 0 : 1;
}
