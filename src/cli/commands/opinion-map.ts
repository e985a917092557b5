/**
 * `medskapa opinion-map`: runs the opinion-map engine (Pol.is-class analysis) on Pol.is open-data CSV exports
 * and writes the result as JSON. File reading and writing live here; parsing and maths are in the pure engine.
 * The vote file is streamed in chunks into the engine's byte-level reader, so its size is not limited by the
 * longest string Node can hold.
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	applyVoteTable,
	createOpinionMapState,
	parseCommentsCsv,
	PolisVotesReader,
	setStatements,
	updateOpinionMap,
	type OpinionMapResult,
	type StatementInput,
	type VoteTable
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

/** Streams votes.csv or participants-votes.csv (the format is detected from the header row). */
export async function readVotesFile(file: string): Promise<VoteTable> {
	if (!existsSync(file)) throw new UsageError(`--votes file not found: ${file}`);
	const reader = new PolisVotesReader(statSync(file).size);
	try {
		for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) reader.push(chunk as Buffer);
		return reader.finish().table;
	} catch (e) {
		if (!reader.format)
			throw new UsageError('--votes must be a Pol.is votes.csv or participants-votes.csv (header not recognised)');
		throw e;
	}
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
	let votes: VoteTable;
	let statements: StatementInput[] = [];
	try {
		votes = await readVotesFile(values.votes);
		if (values.comments) statements = parseCommentsCsv(readText(values.comments, '--comments'));
	} catch (e) {
		return fail(e instanceof Error ? e.message : String(e));
	}
	const parsed = performance.now();
	const state = createOpinionMapState({ seed });
	setStatements(state, statements);
	applyVoteTable(state, votes);
	const ingested = performance.now();
	const result = updateOpinionMap(state, () => performance.now());
	const output = toOutput(result);
	output.timingsMs = {
		read: parsed - started,
		ingest: ingested - parsed,
		...result.timingsMs,
		total: performance.now() - started
	};
	const json = JSON.stringify(output, null, 1);
	if (values.out === '-') process.stdout.write(json + '\n');
	else writeFileSync(values.out, json + '\n');
	if (values.out !== '-')
		console.error(
			`opinion-map: ${result.participantIds.length} participants, ${result.statementIds.length} statements, ${result.groups.length} groups -> ${values.out}`
		);
	return 0;
}
