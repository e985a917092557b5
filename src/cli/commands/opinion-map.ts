/**
 * `medskapa opinion-map`: runs the opinion-map engine (Pol.is-class analysis) on Pol.is open-data CSV exports
 * and writes the result as JSON. File reading and writing live here; parsing and maths are in the pure engine.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	computeOpinionMap,
	parseCommentsCsv,
	parseParticipantsVotesCsv,
	parseVotesCsv,
	type OpinionMapResult,
	type StatementInput,
	type VoteInput
} from '../../lib/analysis/opinion-map/index';

const USAGE = `Usage: medskapa opinion-map --votes <votes.csv|participants-votes.csv> [--comments comments.csv] --out result.json

Computes an opinion map (Pol.is-class analysis: PCA, groups, representative statements, consensus,
group-informed consensus) from a Pol.is open-data export and writes it as JSON.

Options:
  --votes <file>     votes.csv (timestamp, datetime, comment-id, voter-id, vote) or
                     participants-votes.csv (one row per participant). Votes: agree = +1, disagree = -1, pass = 0.
  --comments <file>  comments.csv; statements with moderated = -1 are excluded from the analysis.
  --out <file>       where to write the JSON result ("-" for standard output).
  --seed <n>         seed for the random PCA start vector (default 1); the same seed gives the same result.
  --help             show this help.

Output: {"participants": {"<participant id>": <group id or null>}, "groups": [{"id", "size", "repness"}],
"consensus": {"agree", "disagree"}, "groupInformedConsensus": {"<statement id>": p}, "pca": {...}, "timingsMs": {...}}`;

function fail(message: string): number {
	console.error(`opinion-map: ${message}\n\nRun \`medskapa opinion-map --help\` for usage.`);
	return 2;
}

function readText(file: string, flag: string): string {
	if (!existsSync(file)) throw new UsageError(`${flag} file not found: ${file}`);
	return readFileSync(file, 'utf8');
}

class UsageError extends Error {}

/** Detects the export format from the header row. */
export function readVotes(text: string): VoteInput[] {
	const header = text.slice(0, text.search(/\r?\n|$/));
	if (header.includes('voter-id')) return parseVotesCsv(text);
	if (header.includes('participant') && header.includes('n-disagree')) return parseParticipantsVotesCsv(text).votes;
	throw new UsageError('--votes must be a Pol.is votes.csv or participants-votes.csv (header not recognised)');
}

/** The JSON document written by the command: ids exactly as in the input files. */
export function toOutput(r: OpinionMapResult) {
	return {
		participants: Object.fromEntries(r.participantIds.map((id, i) => [String(id), r.participantGroups[i]])),
		groups: r.groups.map((g) => ({ id: g.id, size: g.size, repness: g.repness })),
		consensus: r.consensus,
		groupInformedConsensus: r.groupInformedConsensus,
		pca: {
			statementIds: r.statementIds,
			center: r.pca.center,
			comps: r.pca.comps,
			commentProjection: r.pca.commentProjection,
			commentExtremity: r.pca.commentExtremity,
			participantProjections: Object.fromEntries(r.participantIds.map((id, i) => [String(id), r.projections[i]]))
		},
		inConv: r.inConv,
		k: r.k,
		priorities: r.priorities,
		timingsMs: r.timingsMs
	};
}

export async function run(args: string[]): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			args,
			options: {
				votes: { type: 'string' },
				comments: { type: 'string' },
				out: { type: 'string' },
				seed: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			},
			strict: true,
			allowPositionals: false
		}));
	} catch (e) {
		return fail(e instanceof Error ? e.message : String(e));
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!values.votes) return fail('missing --votes <file>');
	if (!values.out) return fail('missing --out <file> (use "-" for standard output)');
	const seed = values.seed === undefined ? 1 : Number(values.seed);
	if (!Number.isInteger(seed)) return fail(`--seed must be an integer, got "${values.seed}"`);
	const started = performance.now();
	let votes: VoteInput[];
	let statements: StatementInput[] = [];
	try {
		votes = readVotes(readText(values.votes, '--votes'));
		if (values.comments) statements = parseCommentsCsv(readText(values.comments, '--comments'));
	} catch (e) {
		return fail(e instanceof Error ? e.message : String(e));
	}
	const parsed = performance.now();
	const result = computeOpinionMap({ votes, statements }, { seed, clock: () => performance.now() });
	const output = toOutput(result);
	output.timingsMs = { read: parsed - started, ...result.timingsMs, total: performance.now() - started };
	const json = JSON.stringify(output, null, 1);
	if (values.out === '-') process.stdout.write(json + '\n');
	else writeFileSync(values.out, json + '\n');
	if (values.out !== '-')
		console.error(
			`opinion-map: ${result.participantIds.length} participants, ${result.statementIds.length} statements, ${result.groups.length} groups -> ${values.out}`
		);
	return 0;
}
