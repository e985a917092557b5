/**
 * The streaming vote-file readers: any chunking of the bytes gives the same votes, and the votes are those of
 * the plain string parsing the engine used before (kept here as the reference), on every open-data export.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	applyVoteTable,
	applyVotes,
	createOpinionMapState,
	parseCsv,
	ParticipantsVotesCsvReader,
	PolisVotesReader,
	tableToVotes,
	VotesCsvReader,
	type VoteInput,
	type VoteTable
} from './index';
import { compact } from './vote-store';

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const dir = path.join(shared, 'data/polis/opendata');
const conversations = existsSync(dir)
	? [
			'london.youth.policing',
			'15-per-hour-seattle',
			'scoop-hivemind.ubi',
			'canadian-electoral-reform',
			'scoop-hivemind.biodiversity',
			'vtaiwan.uberx',
			'american-assembly.bowling-green'
		]
	: [];

const byId = (a: string, b: string) => {
	const x = Number(a);
	const y = Number(b);
	return Number.isFinite(x) && Number.isFinite(y) ? x - y : a < b ? -1 : a > b ? 1 : 0;
};

/** The earlier whole-string votes.csv parser: every row, sorted by (comment, voter, time). */
function referenceVotes(text: string): VoteInput[] {
	const [h, ...rows] = parseCsv(text);
	const [ts, cid, vid, vote] = ['timestamp', 'comment-id', 'voter-id', 'vote'].map((c) => h.indexOf(c));
	const out = rows.map((r) => ({
		t: Number(r[ts]),
		v: { participant: r[vid], statement: r[cid], vote: Number(r[vote]) } as VoteInput
	}));
	out.sort(
		(a, b) =>
			byId(String(a.v.statement), String(b.v.statement)) ||
			byId(String(a.v.participant), String(b.v.participant)) ||
			a.t - b.t
	);
	return out.map((x) => x.v);
}

/** The earlier participants-votes.csv parser: statement-major, participants in id order. */
function referenceParticipantsVotes(text: string) {
	const [h, ...rows] = parseCsv(text);
	const [pcol, gcol, last] = ['participant', 'group-id', 'n-disagree'].map((c) => h.indexOf(c));
	const statementIds = h.slice(last + 1);
	const groupIds = new Map<string, string | null>();
	for (const r of rows) groupIds.set(r[pcol], r[gcol] === '' || r[gcol] === undefined ? null : r[gcol]);
	const order = rows.slice().sort((a, b) => byId(a[pcol], b[pcol]));
	const votes: VoteInput[] = [];
	statementIds.forEach((sid, j) => {
		for (const r of order) {
			const cell = r[last + 1 + j];
			if (cell !== undefined && cell !== '')
				votes.push({ participant: r[pcol], statement: sid, vote: Number(cell) as -1 });
		}
	});
	return { votes, groupIds, statementIds };
}

function readInChunks<R extends { push(c: Uint8Array): void }>(reader: R, bytes: Uint8Array, size: number): R {
	for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
	return reader;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe.each(conversations)('streaming readers on %s', (name) => {
	const pvBytes = readFileSync(path.join(dir, name, 'participants-votes.csv'));
	const votesFile = path.join(dir, name, 'votes.csv');

	it('participants-votes.csv in 61-byte and 64 KiB chunks gives the votes, groups and statements as before', () => {
		const expected = referenceParticipantsVotes(pvBytes.toString('utf8'));
		for (const size of [61, 1 << 16]) {
			const { table, groupIds, statementIds } = readInChunks(new ParticipantsVotesCsvReader(), pvBytes, size).finish();
			expect(tableToVotes(table)).toEqual(expected.votes);
			expect(groupIds).toEqual(expected.groupIds);
			expect(statementIds).toEqual(expected.statementIds);
		}
	});

	it.runIf(existsSync(votesFile))('votes.csv in 5-byte and 64 KiB chunks gives the votes as before', () => {
		const bytes = readFileSync(votesFile);
		const expected = referenceVotes(bytes.toString('utf8'));
		for (const size of [5, 1 << 16])
			expect(tableToVotes(readInChunks(new VotesCsvReader(), bytes, size).finish())).toEqual(expected);
	});
});

describe('streaming readers: the CSV dialect', () => {
	const votesCsv =
		'\uFEFFtimestamp,datetime,comment-id,voter-id,vote\r\n' +
		'30,"Tue, 3 Jan",2,p10,1\r\n' +
		'\r\n' +
		'10,"a ""quoted""\nline break",2,p10,-1\r\n' +
		'20,x,1,9,0\r\n' +
		'5,x,1,10,1\r\n' +
		'40,x,10,9,-1'; // no newline at the end

	it('reads quotes, CRLF, a byte order mark, empty lines and a last line without newline, at any chunk size', () => {
		const expected = referenceVotes(votesCsv.replace('\uFEFF', ''));
		// ids in Pol.is order (numbers as numbers), re-votes by time: the later vote (30) on (2, p10) comes last
		expect(expected.map((v) => `${v.statement}/${v.participant}=${v.vote}`)).toEqual([
			'1/9=0',
			'1/10=1',
			'2/p10=-1',
			'2/p10=1',
			'10/9=-1'
		]);
		for (const size of [1, 2, 3, 10, 1000])
			expect(tableToVotes(readInChunks(new VotesCsvReader(), bytesOf(votesCsv), size).finish())).toEqual(expected);
	});

	it('detects the format from the header and rejects other files', () => {
		const pv = 'participant,group-id,n-comments,n-votes,n-agree,n-disagree,7,3\n2,1,0,2,1,1,1,-1\n1,,0,1,0,0,,0\n';
		const reader = readInChunks(new PolisVotesReader(), bytesOf(pv), 4);
		expect(reader.format).toBe('participants-votes.csv');
		const { table, groupIds } = reader.finish();
		expect(tableToVotes(table)).toEqual([
			{ participant: '2', statement: '7', vote: 1 },
			{ participant: '1', statement: '3', vote: 0 },
			{ participant: '2', statement: '3', vote: -1 }
		]);
		expect(groupIds).toEqual(
			new Map([
				['2', '1'],
				['1', null]
			])
		);
		expect(() => new PolisVotesReader().push(bytesOf('comment-id,moderated\n1,1\n'))).toThrow(/header not recognised/);
		expect(() =>
			readInChunks(new VotesCsvReader(), bytesOf('timestamp,comment-id,voter-id,vote\n1,1,1,2\n'), 8).finish()
		).toThrow(/line 2: vote must be -1, 0 or 1, got "2"/);
	});

	it('a vote table fills the vote store exactly like the same votes as objects', () => {
		const table: VoteTable = readInChunks(new VotesCsvReader(), bytesOf(votesCsv), 16).finish();
		for (const limits of [{}, { maxParticipants: 2, maxStatements: 2 }]) {
			const a = createOpinionMapState(limits);
			const b = createOpinionMapState(limits);
			applyVoteTable(a, table); // empty store: filled sorted at once
			applyVotes(b, tableToVotes(table));
			compact(b.store);
			const view = (s: typeof a) => {
				const { store } = s;
				const n = store.nnz;
				const rowsN = store.participantIds.length;
				return {
					ids: [store.participantIds, store.statementIds],
					entries: [store.rows, store.cols, store.vals, store.prevInRow].map((x) => Array.from(x.subarray(0, n))),
					perRow: [store.rowHead, store.rowCounts, store.rowStart].map((x) => Array.from(x.subarray(0, rowsN))),
					sorted: store.sortedUpTo
				};
			};
			expect(view(a)).toEqual(view(b));
			// a second table goes onto the existing store like a second batch of votes
			applyVoteTable(a, table);
			applyVotes(b, tableToVotes(table));
			expect(view(a)).toEqual(view(b));
		}
	});
});
